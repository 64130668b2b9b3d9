// The contact panel and the thread as the server keeps them (GET /_local/contact): state in words, why the last
// reply, time zone and clock, and the lines of the phone's thread (texts, replies, tips, pages, what Twilio did).

const KINDS = { alert: 'On-call page', tip: 'Daily tip', 'text-me-this': 'Text-me-this' };

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** One thread line as a list item: a bubble, and a meta line saying what it is (segments, a page, blocked by Twilio). */
export function threadItem(entry) {
  if (entry.side === 'note') return el('li', entry.text, 'note');
  const li = el('li', undefined, `${entry.side}${entry.kind === 'alert' ? ' alert' : ''}${entry.blocked ? ' blocked' : ''}`);
  li.append(el('div', entry.text, 'bubble'));
  const meta = [
    entry.kind ? KINDS[entry.kind] : '',
    entry.segments ? `${entry.segments} segment${entry.segments === 1 ? '' : 's'} · ${entry.encoding}` : '',
    entry.blocked ? 'Not delivered: Twilio blocks texts to this phone since it texted STOP' : '',
  ].filter(Boolean);
  if (meta.length > 0) li.append(el('div', meta.join(' · '), 'meta'));
  return li;
}

/** What a screen reader hears for a new thread line (the phone's own texts are not read back). */
export function spoken(entry) {
  if (entry.side === 'out') return undefined;
  if (entry.blocked) return `Not delivered (blocked by Twilio): ${entry.text}`;
  return entry.kind ? `${KINDS[entry.kind]}: ${entry.text}` : entry.text;
}

/** The time `at` (epoch ms) in `zone`, e.g. "Sat, Nov 28, 9:05 AM PST". */
export function zoned(at, zone) {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(at);
}

/** A `datetime-local` value (YYYY-MM-DDTHH:MM) for the instant `at` as the wall clock in `zone` shows it. */
export function wallClock(at, zone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The instant (epoch ms) a wall-clock time `local` (YYYY-MM-DDTHH:MM) means in `zone`. */
export function instantOf(local, zone) {
  const asUtc = Date.parse(`${local}:00Z`);
  const offset = (at) => Date.parse(`${wallClock(at, zone)}:00Z`) - Math.floor(at / 60_000) * 60_000;
  const first = asUtc - offset(asUtc);
  return asUtc - offset(first);
}

function fact(list, term, value) {
  list.append(el('dt', term), el('dd', value));
}

/** Fills the contact panel from a contact view. */
export function renderContact(view) {
  const list = document.getElementById('contact-state');
  list.replaceChildren();
  document.getElementById('contact-phone').textContent = view.phone;
  if (view.onCall) fact(list, 'Role', 'On-call phone: gets pages; texting ACK and the code takes a page and stops the ladder');
  fact(list, 'US state', `${view.fromState} (time zone ${view.timeZone})`);
  fact(list, 'Twilio', view.twilioBlocked ? 'Blocked: this phone texted STOP, so Twilio delivers nothing to it until it texts START' : 'Delivers texts to this phone');
  if (view.state) {
    const s = view.state;
    fact(list, 'Language', s.language);
    fact(list, 'Menu', s.menu);
    fact(list, 'Topic page', s.page);
    fact(list, 'Waiting for', s.waiting);
    fact(list, 'Daily program', s.dailyProgram);
    fact(list, 'Hold', s.hold);
    fact(list, 'Stopped (STOP)', s.optedOut);
    fact(list, 'Version', String(s.version));
  }
  if (view.call) fact(list, 'Last call', `${view.call.language}; menu ${view.call.menu}; version ${view.call.version}`);
  const why = document.getElementById('why');
  if (!view.why) {
    why.replaceChildren(el('p', 'No message yet.'));
  } else {
    const w = view.why;
    const head = el('p', w.tier === 'none' ? w.summary : undefined);
    if (w.tier !== 'none') head.append(el('strong', w.tier.toUpperCase(), `tier-${w.tier}`), ` ${w.summary.replace(/^[A-Z]+: /, '')}`);
    const parts = [head, el('p', `Last ${w.channel === 'voice' ? 'thing said or pressed' : 'text'}: "${w.input}"`)];
    if (w.signs.length > 0) {
      const signs = el('ul');
      for (const sign of w.signs) signs.append(el('li', `Sign: ${sign}`));
      parts.push(signs);
    }
    if (w.modifiers.length > 0) {
      const mods = el('ul');
      for (const m of w.modifiers) mods.append(el('li', m));
      parts.push(mods);
    }
    why.replaceChildren(...parts);
  }
  document.getElementById('export').setAttribute('aria-describedby', 'contact-note');
  document.getElementById('contact-note').textContent = view.export.ready ? 'Export saves this thread as a golden test script (YAML) that the test suite replays.' : view.export.note;
}
