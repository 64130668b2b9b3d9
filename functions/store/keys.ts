/** Key and attribute names of Backline's single table: the one definition the store, local setup and infra use. */
export const TABLE_KEYS = { partition: 'pk', sort: 'sk', ttl: 'ttl' } as const;

/** Sparse GSI of state items with a daily tip due: only items carrying `duePk`/`dueSk` are in it. */
export const DUE_INDEX = { name: 'byDue', partition: 'duePk', sort: 'dueSk' } as const;

/** State-item attributes kept for tips delivery only: the sealed number to text, and a pending retry of today's tip. */
export const TIPS_ATTRS = { address: 'addr', retry: 'retry' } as const;

/** Sort key of a contact's conversation state item. */
export const STATE_SORT_KEY = 'state';
/** Sort-key prefix of escalation records kept beside a contact's state. */
export const ESCALATION_PREFIX = 'escalation#';
/** Sort-key prefix of alert claims (the alerts function's stream filter matches it). */
export const ALERT_PREFIX = 'alert#';

const CONTACT_PREFIX = 'contact#';

/** Partition of the pages started on one UTC day (`page#YYYY-MM-DD`); the sort key is the page's short code. */
export function pagePartition(day: string): string {
  return `page#${day}`;
}

/** Partition of one on-call number (a keyed hash) whose `latest` item points at the last page sent to it. */
export function onCallPartition(numberKey: string): string {
  return `oncall#${numberKey}`;
}


/** Partition key of a contact's items; `contact` is already a keyed hash, never a phone number. */
export function contactPartition(contact: string): string {
  return `${CONTACT_PREFIX}${contact}`;
}

/** The contact key inside a partition key (the inverse of contactPartition); undefined for other partitions. */
export function contactOf(pk: string): string | undefined {
  return pk.startsWith(CONTACT_PREFIX) ? pk.slice(CONTACT_PREFIX.length) : undefined;
}

/** Index keys of a due tip: partition `due#<UTC hour YYYY-MM-DDTHH>` (a bucket), sort `<ISO instant>#<contact>` (unique, time-ordered). */
export function dueKeys(due: number, contact: string): { pk: string; sk: string } {
  const iso = new Date(due).toISOString();
  return { pk: dueBucket(due), sk: `${iso}#${contact}` };
}

/** The `byDue` index attributes of a state item whose next tip is due at `due` (epoch ms). */
export function dueAttributes(contact: string, due: number): Record<string, string> {
  const keys = dueKeys(due, contact);
  return { [DUE_INDEX.partition]: keys.pk, [DUE_INDEX.sort]: keys.sk };
}

/** The bucket (index partition) holding tips due in the UTC hour of `instant`. */
function dueBucket(instant: number): string {
  return `due#${new Date(instant).toISOString().slice(0, 13)}`;
}

/** Every bucket from `from` to `to` (epoch ms), oldest first: the scheduler's reads, never a scan. */
export function dueBuckets(from: number, to: number): string[] {
  const buckets: string[] = [];
  const hour = 3_600_000;
  for (let t = Math.floor(from / hour) * hour; t <= to; t += hour) buckets.push(dueBucket(t));
  return buckets;
}

/** Upper bound (exclusive) for sort keys of tips due at or before `now`. */
export function dueSortBefore(now: number): string {
  return new Date(now + 1).toISOString();
}
