import { measureTriage } from './bench/triage.js';
const r = measureTriage(); const f = (d: any) => `p50 ${d.p50.toFixed(2)} p99 ${d.p99.toFixed(2)}`;
console.log('sms cold', f(r.longMessage.sms.cold), 'warm', f(r.longMessage.sms.warm), '| speech cold', f(r.longMessage.speech.cold), 'warm', f(r.longMessage.speech.warm));
console.log(r.sets.map((s) => s.name + ' ' + s.recall.map((x) => `${x.group} ${(100 * x.hits / x.n).toFixed(1)}`).join(' ') + ` FA ${(100 * s.falseAlarms.hits / s.falseAlarms.n).toFixed(1)}`).join('\n'));
