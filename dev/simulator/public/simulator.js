// The Backline phone simulator: plain browser JavaScript talking to the local server's /_local routes.
// The server keeps each phone's thread, so a reload shows it again; only lines that arrive after that are announced.
import { instantOf, renderContact, spoken, threadItem, wallClock, zoned } from './contact-panel.js';

const $ = (id) => document.getElementById(id);
const PHONE_KEY = 'backline-simulator-phone';
let call = null;
/** The phone whose thread is drawn, the ids of the lines drawn, and the contact's zone and clock offset. */
const drawn = { phone: null, ids: new Set(), zone: 'America/Los_Angeles', offsetMs: 0 };

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

/** Screen readers hear only what is new: the thread itself is not a live region, this hidden one gets the newest text alone. */
function announce(texts) {
  if (texts.length > 0) $('announcer').replaceChildren(...texts.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
}

/** Draws the lines of `phone`'s thread not drawn yet; announces them unless the thread is being drawn afresh (a reload, another contact). */
function drawThread(phone, entries) {
  const list = $('thread');
  const afresh = drawn.phone !== phone;
  if (afresh) {
    list.replaceChildren();
    drawn.ids.clear();
    drawn.phone = phone;
  }
  const fresh = entries.filter((e) => !drawn.ids.has(e.id));
  for (const e of fresh) {
    drawn.ids.add(e.id);
    list.append(threadItem(e));
  }
  if (fresh.length > 0) list.scrollTop = list.scrollHeight;
  if (!afresh) announce(fresh.map(spoken).filter(Boolean));
}

/** Reads the contact from the server and redraws its panel and thread. */
async function refreshContact() {
  const phone = number();
  if (!/^\+[1-9]\d{7,14}$/.test(phone)) {
    $('contact-note').textContent = 'Type a number like +15550100001 to see its thread and state (calls also work withheld).';
    return;
  }
  const res = await fetch(`/_local/contact?phone=${encodeURIComponent(phone)}`);
  if (!res.ok || phone !== number()) return;
  const view = await res.json();
  drawn.zone = view.timeZone;
  drawn.offsetMs = Date.parse(view.now) - Date.now();
  $('zone').textContent = view.timeZone;
  $('clock-zone').textContent = view.timeZone;
  if ($('from-state').value !== view.fromState) $('from-state').value = view.fromState;
  tickClock();
  renderContact(view);
  drawThread(phone, view.thread);
}

function tickClock() {
  $('zone-clock').textContent = zoned(Date.now() + drawn.offsetMs, drawn.zone);
}

async function sendSms(event) {
  event.preventDefault();
  const text = $('sms-input').value;
  if (!text.trim()) return;
  const phone = number();
  $('sms-input').value = '';
  try {
    await postJson('/_local/sim/sms', { from: phone, body: text, fromState: $('from-state').value || undefined });
  } catch (error) {
    bubble($('thread'), 'note', `Could not reach the hotline: ${error.message}`);
    announce([`Could not reach the hotline: ${error.message}`]);
  }
  await refreshContact();
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
    void refreshContact();
  } catch (error) {
    callStatus(`Call failed: ${error.message}`, true);
  }
}

function item(text, className) {
  const li = document.createElement('li');
  li.textContent = text;
  if (className) li.className = className;
  return li;
}

/** Escalations in plain words (tier first), and the outbox (every number), newest first. */
async function refreshPanels() {
  try {
    const [outbox, escalations] = await Promise.all([fetch('/_local/outbox').then((r) => r.json()), fetch('/_local/sim/escalations').then((r) => r.json())]);
    $('outbox').replaceChildren(...outbox.slice().reverse().map((m) => item(`${zoned(Date.parse(m.at), drawn.zone)}: ${m.kind} to ${m.to}${m.blocked ? ' (blocked by Twilio: not delivered)' : ''}: ${m.body}`)));
    $('escalations').replaceChildren(...escalations.map((e) => {
      const li = item('');
      li.append(Object.assign(document.createElement('strong'), { textContent: e.tier.toUpperCase(), className: `tier-${e.tier}` }), ` ${e.text}`);
      return li;
    }));
    await refreshContact();
  } catch {
    // The server may be restarting; try again on the next tick.
  }
}

/** Moves the hotline's clock to the time typed, read in the contact's time zone, and runs what is due by then. */
async function runScheduler() {
  const local = $('clock').value;
  const at = new Date(local ? instantOf(local, drawn.zone) : Date.now() + drawn.offsetMs).toISOString();
  const res = await fetch(`/_local/clock?at=${encodeURIComponent(at)}`, { method: 'POST' });
  $('scheduler-result').textContent = `${res.status} ${JSON.stringify(await res.json().catch(() => ({})), null, 1)}`;
  announce([res.ok ? `Clock set to ${zoned(Date.parse(at), drawn.zone)}; tips and ladder steps due by then ran; the result is below the button` : `Setting the clock failed (${res.status})`]);
  await refreshPanels();
}

/** Shows another phone: remembered across reloads; its thread comes from the server. */
async function switchTo(phone) {
  $('number').value = phone;
  localStorage.setItem(PHONE_KEY, phone);
  await refreshContact();
  $('clock').value = wallClock(Date.now() + drawn.offsetMs, drawn.zone);
}

async function resetContact() {
  const phone = number();
  const res = await fetch(`/_local/contact/reset?phone=${encodeURIComponent(phone)}`, { method: 'POST' });
  drawn.phone = null;
  await refreshContact();
  announce([res.ok ? `Contact ${phone} reset: its state, records and thread are gone` : `Reset failed (${res.status})`]);
}

/** Downloads the thread as a golden test script, or says why it cannot be one. */
async function exportScript() {
  const res = await fetch(`/_local/contact/export?phone=${encodeURIComponent(number())}`);
  if (!res.ok) {
    const { error } = await res.json().catch(() => ({ error: `export failed (${res.status})` }));
    $('contact-note').textContent = error;
    announce([error]);
    return;
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'simulator.yaml';
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(await res.blob()), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  announce([`Saved ${name}`]);
}

/** On-call phones and US states come from the server's settings (ON_CALL_NUMBERS, the FromState table). */
async function setup() {
  const settings = await (await fetch('/_local/sim/setup')).json();
  $('on-call-phones').replaceChildren(...settings.onCall.map((phone, i) => Object.assign(document.createElement('option'), { value: phone, textContent: `On-call ${i + 1}: ${phone}` })));
  $('from-state').replaceChildren(...settings.states.map((s) => Object.assign(document.createElement('option'), { value: s.code, textContent: `${s.code} (${s.timeZone})` })));
  $('from-state').value = 'CA';
  await switchTo(localStorage.getItem(PHONE_KEY) ?? number());
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
$('preset').addEventListener('change', () => switchTo($('preset').value));
$('number').addEventListener('change', () => switchTo(number()));
$('from-state').addEventListener('change', async () => {
  await fetch(`/_local/contact/from-state?phone=${encodeURIComponent(number())}&state=${$('from-state').value}`, { method: 'POST' });
  await refreshContact();
  $('clock').value = wallClock(Date.now() + drawn.offsetMs, drawn.zone);
});
$('run-scheduler').addEventListener('click', runScheduler);
$('reset').addEventListener('click', resetContact);
$('export').addEventListener('click', exportScript);
await setup();
refreshPanels();
setInterval(refreshPanels, 1500);
setInterval(tickClock, 1000);
