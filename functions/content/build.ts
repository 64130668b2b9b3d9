import { createHash } from 'node:crypto';
import { normalize } from '../text/normalize.js';
import { COMMAND_WORDS, COMPLIANCE_WORDS } from '../engine/commands.js';
import { parseTriageRules } from '../triage/load.js';
import type { TriageRules } from '../triage/schema.js';
import { ContentError } from './errors.js';
import { MAIN_MENU, VOICE_MAIN_MENU, type Content } from './model.js';
import { ItemSchema, LANGS, type Item, type Lang, type Messages, type Node, type Tips } from './schema.js';

/** A parsed content file and the name to report problems under. */
export interface RawFile {
  source: string;
  data: unknown;
}

/** Validates raw items and the triage rules, cross-checks and indexes them; throws ContentError listing every problem. */
export function buildContent(raw: readonly RawFile[], triageFile: RawFile): Content {
  const problems: string[] = [];
  let triage: TriageRules | undefined;
  try {
    triage = parseTriageRules(triageFile.data);
  } catch (error) {
    problems.push(`${triageFile.source}: ${(error as Error).message}`);
  }
  const items: Item[] = [];
  for (const { source, data } of raw) {
    const parsed = ItemSchema.safeParse(data);
    if (parsed.success) items.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push(`${source}: ${issue.path.join('.') || '(item)'}: ${issue.message}`);
  }
  const nodes = new Map<string, Node>();
  let messages: Messages | undefined;
  let tips: Tips | undefined;
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) problems.push(`${item.id}: id is used by more than one item`);
    ids.add(item.id);
    if (item.kind === 'messages') messages = item;
    else if (item.kind === 'tips') tips = item;
    else nodes.set(item.id, item);
  }
  if (!messages) problems.push('content: no messages item (kind: messages)');
  if (!tips) problems.push('content: no tips item (kind: tips)');
  if (nodes.get(MAIN_MENU)?.kind !== 'menu') problems.push(`content: no menu with id "${MAIN_MENU}"`);
  const voiceMain = nodes.get(VOICE_MAIN_MENU);
  if (voiceMain?.kind !== 'menu' || voiceMain.channel !== 'voice') problems.push(`content: no voice menu with id "${VOICE_MAIN_MENU}"`);
  for (const node of nodes.values()) {
    if (node.kind !== 'menu') continue;
    for (const target of node.options) {
      if (!nodes.has(target)) problems.push(`${node.id}: menu option "${target}" is not an item`);
    }
    if (node.channel === 'voice' && node.options.length > 5) problems.push(`${node.id}: a voice menu has at most 5 options`);
  }
  const keywords = indexKeywords(nodes, problems);
  if (problems.length > 0 || !messages || !tips || !triage) throw new ContentError(problems);
  return { version: contentVersion(items, triage), items, nodes, messages: messages.messages, tips: tips.tips, tipsMeta: { programDays: tips.programDays, defaultHour: tips.defaultHour }, keywords, triage };
}

function indexKeywords(nodes: ReadonlyMap<string, Node>, problems: string[]): Record<Lang, Map<string, string>> {
  const index = { en: new Map<string, string>(), es: new Map<string, string>() };
  for (const lang of LANGS) {
    const reserved = new Set([...Object.values(COMMAND_WORDS[lang]).flat(), ...Object.values(COMPLIANCE_WORDS[lang]).flat()].map(normalize));
    for (const node of nodes.values()) {
      if (node.kind === 'menu' && node.channel === 'voice') continue;
      for (const word of [node[lang].title, ...node[lang].keywords]) {
        const key = normalize(word);
        const owner = index[lang].get(key);
        if (reserved.has(key) && node.id !== MAIN_MENU) problems.push(`${node.id}: ${lang} keyword "${word}" is a command word`);
        else if (owner && owner !== node.id) problems.push(`${node.id}: ${lang} keyword "${word}" also belongs to ${owner}`);
        else if (key) index[lang].set(key, node.id);
      }
    }
  }
  return index;
}

function contentVersion(items: readonly Item[], triage: TriageRules): string {
  const hash = createHash('sha256').update(`triage@${triage.version};`);
  for (const item of [...items].sort((a, b) => a.id.localeCompare(b.id))) hash.update(`${item.id}@${item.version};`);
  return hash.digest('hex').slice(0, 12);
}
