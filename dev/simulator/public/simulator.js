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

function thread(key = number()) {
  if (!threads.has(key)) threads.set(key, []);
  return threads.get(key);
}

function show(list, m) {
  return bubble(list, m.side, m.text, m.meta, m.kind === 'alert' ? 'alert' : '');
}

function renderThread() {
  const list = $('thread');
  list.replaceChildren();
  for (const m of thread()) show(list, m);
}

/** Screen readers hear only what is new: the thread itself is not a live region, this hidden one gets the newest text alone. */
function announce(texts) {
  if (texts.length > 0) $('announcer').replaceChildren(...texts.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
}

/** Adds messages to a contact's thread, drawing (and announcing the replies) only if that contact is on screen. */
function addMessages(key, messages) {
  thread(key).push(...messages);
  if (key !== number()) return;
  for (const m of messages) show($('thread'), m);
  announce(messages.filter((m) => m.side === 'in').map((m) => m.text));
}

async function sendSms(event) {
  event.preventDefault();
  const text = $('sms-input').value;
  if (!text.trim()) return;
  const key = number();
  $('sms-input').value = '';
  addMessages(key, [{ side: 'out', text }]);
  try {
    const answer = await postJson('/_local/sim/sms', { from: key, body: text });
    const replies = (answer.replies ?? []).map((r) => ({ side: 'in', text: r.text, meta: `${r.segments} segment${r.segments === 1 ? '' : 's'} · ${r.encoding}` }));
    addMessages(key, [...(answer.error ? [{ side: 'in', text: `(${answer.status}) ${answer.error}` }] : []), ...replies]);
  } catch (error) {
    addMessages(key, [{ side: 'in', text: `Could not reach the hotline: ${error.message}` }]);
  }
}

function speak(says) {
  if (!$('speak').checked || !('speechSynthesis' in window)) return;
  for (const s of says) {
    const u = new SpeechSynthesisUtterance(s.text);
    u.lang = s.language || 'en-US';
    window.speechSynthesis.speak(u);
  }
}

/** Shows the call's state; `heard` also announces it (an ended call, a failure), since it is not in the call log. */
function callStatus(text, heard = false) {
  $('call-status').textContent = text;
  if (heard) announce([text]);
}

function showTurn(turn) {
  const log = $('call-log');
  const says = turn.says ?? [];
  for (const s of says) bubble(log, 'in', s.text, `${s.voice} · ${s.language}`);
  speak(says);
  if (turn.next === 'gather') {
    call.action = turn.action;
    callStatus('Listening: press a key or say something');
    announce(says.map((s) => s.text));
  } else {
    const end = turn.next === 'dial' ? `Transferred to ${turn.dial}` : 'Call ended';
    callStatus(end);
    announce([...says.map((s) => s.text), end]);
    call = null;
  }
}

async function startCall() {
  const sid = `CA${Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')}`;
  call = { sid, action: undefined };
  $('call-log').replaceChildren();
  callStatus('Ringing...');
  try {
    showTurn(await postJson('/_local/sim/voice', { from: number(), callSid: sid }));
  } catch (error) {
    callStatus(`Call failed: ${error.message}`, true);
  }
}

async function answer(input, label) {
  if (!call || !call.action) {
    callStatus('Not in a call: press "Call Backline" first', true);
    return;
  }
  if (label) bubble($('call-log'), 'out', label);
  try {
    showTurn(await postJson('/_local/sim/voice', { from: number(), callSid: call.sid, action: call.action, ...input }));
  } catch (error) {
    callStatus(`Call failed: ${error.message}`, true);
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
  announce([res.ok ? 'Tips scheduler ran; the result is below the button' : `Tips scheduler failed (${res.status})`]);
  await refreshPanels();
}

/** The ARIA tabs pattern: the selected tab alone is in the tab order (roving tabindex); arrows, Home and End move and select. */
function selectTab(selected, focus = false) {
  for (const tab of tabs) {
    const on = tab === selected;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(tab.getAttribute('aria-controls')).hidden = !on;
  }
  if (focus) selected.focus();
}

const TAB_KEYS = { ArrowRight: (i, n) => (i + 1) % n, ArrowLeft: (i, n) => (i - 1 + n) % n, Home: () => 0, End: (_, n) => n - 1 };
const tabs = [...document.querySelectorAll('[role=tab]')];
for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab));
  tab.addEventListener('keydown', (event) => {
    const move = TAB_KEYS[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    selectTab(tabs[move(tabs.indexOf(tab), tabs.length)], true);
  });
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
$('run-scheduler').addEventListener('click', runScheduler);
const now = new Date();
now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
$('clock').value = now.toISOString().slice(0, 16);
refreshPanels();
setInterval(refreshPanels, 1500);
