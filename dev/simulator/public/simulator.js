// The Backline phone simulator: plain browser JavaScript talking to the local server's /_local routes.
const $ = (id) => document.getElementById(id);
const threads = new Map();
let call = null;

function number() {
  return $('number').value.trim();
}

async function postJson(path, body) {
  const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return res.json();
}

function bubble(list, side, text, meta, extraClass) {
  const li = document.createElement('li');
  li.className = `${side}${extraClass ? ` ${extraClass}` : ''}`;
  const b = document.createElement('div');
  b.className = 'bubble';
  b.textContent = text;
  li.append(b);
  if (meta) {
    const m = document.createElement('div');
    m.className = 'meta';
    m.textContent = meta;
    li.append(m);
  }
  list.append(li);
  list.scrollTop = list.scrollHeight;
  return li;
}

function thread() {
  const key = number();
  if (!threads.has(key)) threads.set(key, []);
  return threads.get(key);
}

function renderThread() {
  const list = $('thread');
  list.replaceChildren();
  for (const m of thread()) bubble(list, m.side, m.text, m.meta, m.kind === 'alert' ? 'alert' : '');
}

async function sendSms(event) {
  event.preventDefault();
  const text = $('sms-input').value;
  if (!text.trim()) return;
  $('sms-input').value = '';
  thread().push({ side: 'out', text });
  renderThread();
  try {
    const answer = await postJson('/_local/sim/sms', { from: number(), body: text });
    if (answer.error) thread().push({ side: 'in', text: `(${answer.status}) ${answer.error}` });
    for (const r of answer.replies ?? []) thread().push({ side: 'in', text: r.text, meta: `${r.segments} segment${r.segments === 1 ? '' : 's'} · ${r.encoding}` });
  } catch (error) {
    thread().push({ side: 'in', text: `Could not reach the hotline: ${error.message}` });
  }
  renderThread();
}

function speak(says) {
  if (!$('speak').checked || !('speechSynthesis' in window)) return;
  for (const s of says) {
    const u = new SpeechSynthesisUtterance(s.text);
    u.lang = s.language || 'en-US';
    window.speechSynthesis.speak(u);
  }
}

function showTurn(turn) {
  const log = $('call-log');
  for (const s of turn.says ?? []) bubble(log, 'in', s.text, `${s.voice} · ${s.language}`);
  speak(turn.says ?? []);
  if (turn.next === 'gather') {
    call.action = turn.action;
    $('call-status').textContent = 'Listening: press a key or say something';
  } else {
    $('call-status').textContent = turn.next === 'dial' ? `Transferred to ${turn.dial}` : 'Call ended';
    call = null;
  }
}

async function startCall() {
  const sid = `CA${Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')}`;
  call = { sid, action: undefined };
  $('call-log').replaceChildren();
  $('call-status').textContent = 'Ringing...';
  try {
    showTurn(await postJson('/_local/sim/voice', { from: number(), callSid: sid }));
  } catch (error) {
    $('call-status').textContent = `Call failed: ${error.message}`;
  }
}

async function answer(input, label) {
  if (!call || !call.action) {
    $('call-status').textContent = 'Not in a call: press "Call Backline" first';
    return;
  }
  if (label) bubble($('call-log'), 'out', label);
  try {
    showTurn(await postJson('/_local/sim/voice', { from: number(), callSid: call.sid, action: call.action, ...input }));
  } catch (error) {
    $('call-status').textContent = `Call failed: ${error.message}`;
  }
}

const PAGE_NOTES = {
  queued: 'on-call paged',
  held: 'page held back: one went out for this tier within the hour',
  failed: 'page could not be claimed (see the log)',
};

function item(text, className) {
  const li = document.createElement('li');
  li.textContent = text;
  if (className) li.className = className;
  return li;
}

async function refreshPanels() {
  try {
    const [outbox, escalations] = await Promise.all([fetch('/_local/outbox').then((r) => r.json()), fetch('/_local/escalations').then((r) => r.json())]);
    $('outbox').replaceChildren(...outbox.slice().reverse().map((m) => item(`${m.at.slice(0, 16).replace('T', ' ')} ${m.kind} to ${m.to}: ${m.body}`)));
    $('escalations').replaceChildren(...escalations.slice().reverse().map((e) => item(`${e.at.slice(0, 16).replace('T', ' ')} ${e.tier.toUpperCase()} (${e.rule}) by ${e.channel}${e.page ? `: ${PAGE_NOTES[e.page] ?? e.page}` : ''}`, `tier-${e.tier}`)));
  } catch {
    // The server may be restarting; try again on the next tick.
  }
}

async function runScheduler() {
  const local = $('clock').value;
  const at = local ? new Date(local).toISOString() : new Date().toISOString();
  const res = await fetch(`/_local/clock?at=${encodeURIComponent(at)}`, { method: 'POST' });
  $('scheduler-result').textContent = `${res.status} ${JSON.stringify(await res.json().catch(() => ({})), null, 1)}`;
  await refreshPanels();
}

function selectTab(panel) {
  for (const tab of document.querySelectorAll('[role=tab]')) {
    const on = tab.dataset.panel === panel;
    tab.setAttribute('aria-selected', String(on));
    $(`panel-${tab.dataset.panel}`).hidden = !on;
  }
}

$('sms-form').addEventListener('submit', sendSms);
$('call-start').addEventListener('click', startCall);
for (const key of document.querySelectorAll('[data-digit]')) key.addEventListener('click', () => answer({ digits: key.dataset.digit }, `pressed ${key.dataset.digit}`));
$('speech-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const said = $('speech-input').value.trim();
  $('speech-input').value = '';
  if (said) answer({ speech: said }, `said "${said}"`);
});
$('silence').addEventListener('click', () => answer({}, '(silence)'));
$('preset').addEventListener('change', () => {
  $('number').value = $('preset').value;
  renderThread();
});
$('number').addEventListener('change', renderThread);
for (const tab of document.querySelectorAll('[role=tab]')) tab.addEventListener('click', () => selectTab(tab.dataset.panel));
$('run-scheduler').addEventListener('click', runScheduler);
const now = new Date();
now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
$('clock').value = now.toISOString().slice(0, 16);
refreshPanels();
setInterval(refreshPanels, 1500);
