// The operator page: reads /ops/figures.json for the chosen period and draws each plot with uPlot, with the same
// figures in a data table under each plot (for screen readers and for copying).
'use strict';

/** Line colours, each at least 3:1 against white (WCAG 1.4.11). */
const COLOURS = ['#1f4e79', '#b00000', '#6a3d9a', '#9a5200', '#1b7837', '#333333'];
const charts = [];

const $ = (id) => document.getElementById(id);
function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

/** A bucket label (2027-03-10 or 2027-03-10T15:00Z) as uPlot's x value, in seconds. */
function seconds(label) {
  return Date.parse(label.length === 10 ? `${label}T00:00:00Z` : label) / 1000;
}

function status(text, error = false) {
  $('status').textContent = text;
  $('status').className = error ? 'error' : '';
}

function renderTotals(totals) {
  const body = $('totals').tBodies[0];
  body.replaceChildren(...totals.map((t) => el('tr', {}, [el('th', { scope: 'row', text: t.label }), el('td', { text: t.value })])));
}

function renderSigns(signs) {
  const body = $('signs').tBodies[0];
  if (signs.length === 0) return body.replaceChildren(el('tr', {}, [el('td', { colspan: '3', text: 'No red flags in this period.' })]));
  body.replaceChildren(...signs.map((s) => el('tr', {}, [el('td', { text: s.rule }), el('td', { text: s.tier }), el('td', { class: 'n', text: String(s.count) })])));
}

/** The plot's figures as a table: one row per bucket, one column per line. */
function dataTable(plot, buckets) {
  const head = el('tr', {}, [el('th', { scope: 'col', text: 'Time (UTC)' }), ...plot.lines.map((l) => el('th', { scope: 'col', class: 'n', text: l.label }))]);
  const rows = buckets.map((b, i) => el('tr', {}, [el('th', { scope: 'row', text: b }), ...plot.lines.map((l) => el('td', { class: 'n', text: l.values[i] === null ? '' : String(l.values[i]) }))]));
  return el('table', { class: 'data' }, [el('caption', { class: 'visually-hidden', text: `${plot.title}, by time` }), el('thead', {}, [head]), el('tbody', {}, rows)]);
}

function renderPlot(plot, buckets, container) {
  const chartBox = el('div', { class: 'chart', role: 'img', 'aria-label': `${plot.title}: plot of ${plot.lines.map((l) => l.label).join(', ')}. The data table below has the same figures.` });
  const figure = el('figure', { 'aria-labelledby': `plot-${plot.id}` }, [
    el('h2', { id: `plot-${plot.id}`, text: plot.title }),
    chartBox,
    el('figcaption', { text: plot.description }),
    el('details', {}, [el('summary', { text: 'Data table' }), dataTable(plot, buckets)]),
  ]);
  container.append(figure);
  const right = plot.lines.some((l) => l.right);
  const opts = {
    width: Math.max(320, chartBox.clientWidth || 520),
    height: 220,
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    scales: { x: { time: true }, ...(right ? { r: {} } : {}) },
    axes: [
      { stroke: '#1c2430', grid: { stroke: '#d0d4da' } },
      { stroke: '#1c2430', grid: { stroke: '#d0d4da' }, label: plot.unit },
      ...(right ? [{ scale: 'r', side: 1, stroke: '#1c2430', grid: { show: false }, label: plot.rightUnit }] : []),
    ],
    series: [
      { label: 'Time (UTC)' },
      ...plot.lines.map((l, i) => ({ label: l.label, stroke: COLOURS[i % COLOURS.length], width: 2, points: { show: true }, ...(l.right ? { scale: 'r', dash: [6, 4] } : {}) })),
    ],
  };
  const data = [buckets.map(seconds), ...plot.lines.map((l) => l.values)];
  charts.push(new uPlot(opts, data, chartBox));
}

async function show(query) {
  status('Loading...');
  const res = await fetch(`/ops/figures.json?${query}`);
  const body = await res.json();
  if (!res.ok) return status(`Could not show that period: ${body.error}`, true);
  $('from').value = body.period.from;
  $('to').value = body.period.to;
  $('bucket').value = body.period.bucket;
  for (const chart of charts.splice(0)) chart.destroy();
  $('plots').replaceChildren();
  renderTotals(body.totals);
  for (const plot of body.plots) renderPlot(plot, body.buckets, $('plots'));
  renderSigns(body.signs);
  status(`Showing ${body.period.from} to ${body.period.to}, ${body.period.bucket === 'day' ? 'one point a day' : 'one point an hour'}.`);
}

$('period').addEventListener('submit', (event) => {
  event.preventDefault();
  const query = new URLSearchParams({ from: $('from').value, to: $('to').value, bucket: $('bucket').value }).toString();
  history.replaceState(null, '', `/ops?${query}`);
  show(query).catch(() => status('Could not reach the hotline.', true));
});

show(location.search.slice(1)).catch(() => status('Could not reach the hotline.', true));
