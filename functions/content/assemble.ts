import { createHash } from 'node:crypto';
import { normalize } from '../text/normalize.js';
import { compileTriage } from '../triage/classify.js';
import type { TriageRules } from '../triage/schema.js';
import { ContentError } from './errors.js';
import { byLanguage, type Lang } from '../core/langs.js';
import { MAIN_MENU, VOICE_MAIN_MENU, type Content } from './model.js';
import type { Action, Item, Messages, Node, Tips } from './schema.js';
import { assembleProgram } from './program.js';
import type { LanguageRow } from './language-table.js';
import { indexLanguages, type Languages } from './languages.js';

/** Triage rules that passed their schema (or undefined when they did not), and the name to report problems under. */
export interface TriageSource {
  source: string;
  rules: TriageRules | undefined;
}

/**
 * Cross-checks schema-valid items, triage rules and language rows (unique ids, menus pointing at items, keywords owned
 * once and clear of command words, triage patterns compiling, triage texts in exactly the table's languages, the daily
 * program's days and tips) and indexes them. Throws ContentError listing `earlier` problems (found by the caller's
 * schema checks) and its own. Needs no schema, so Lambda runs it at cold start on compiled content.
 */
export function assembleContent(items: readonly Item[], triage: TriageSource, rows: readonly LanguageRow[], earlier: readonly string[] = []): Content {
  const problems = [...earlier];
  const languages = rows.length > 0 ? indexLanguages(rows) : undefined;
  if (!languages) problems.push('content: no languages (content/languages.yaml has no rows)');
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
  const rules = triage.rules;
  try {
    // Everything classify reads is built here, at a cold start, so no message pays for it.
    if (rules) compileTriage(rules);
  } catch (error) {
    problems.push(`${triage.source}: Invalid triage rules: ${(error as Error).message}`);
  }
  if (rules && languages) checkTriageLanguages(rules, languages.codes, triage.source, problems);
  const keywords = languages && indexKeywords(nodes, languages, problems);
  const daily = [...nodes.values()].find((n): n is Action => n.kind === 'action' && n.action === 'daily');
  for (const node of nodes.values()) if (node.kind === 'action' && node !== daily && (node.program || node.programTips)) problems.push(`${node.id}: only the daily action has a program`);
  const program = assembleProgram(daily, tips?.tips ?? [], problems);
  if (problems.length > 0 || !messages || !tips || !rules || !program || !languages || !keywords) throw new ContentError(problems);
  const tipsMeta = { programDays: program.days, defaultHour: tips.defaultHour };
  return { version: contentVersion(items, rules, rows), items, nodes, messages: messages.messages, tips: tips.tips, tipsMeta, program, keywords, triage: rules, languages };
}

/** Every triage reply and question has text in each language of the table, and in no other. */
function checkTriageLanguages(rules: TriageRules, codes: readonly Lang[], source: string, problems: string[]): void {
  const texts: [string, Readonly<Record<string, unknown>>][] = [
    ...Object.entries(rules.replies).map(([k, t]): [string, Record<string, unknown>] => [`replies.${k}`, t]),
    ...Object.entries(rules.voiceReplies).map(([k, t]): [string, Record<string, unknown>] => [`voiceReplies.${k}`, t]),
    ...Object.entries(rules.askQuestions).map(([k, a]): [string, Record<string, unknown>] => [`askQuestions.${k}.question`, a.question]),
    ...rules.check.map(({ id: _id, tier: _tier, rule: _rule, ...t }, i): [string, Record<string, unknown>] => [`check[${i}]`, t]),
  ];
  for (const [path, byCode] of texts) {
    for (const code of codes) if (byCode[code] === undefined) problems.push(`${source}: ${path}: no ${code} text: content/languages.yaml has a row for ${code}`);
    for (const code of Object.keys(byCode)) if (!codes.includes(code as Lang)) problems.push(`${source}: ${path}.${code}: text in ${code}, which has no row in content/languages.yaml`);
  }
}

function indexKeywords(nodes: ReadonlyMap<string, Node>, languages: Languages, problems: string[]): Record<Lang, Map<string, string>> {
  const index = byLanguage(languages.codes, () => new Map<string, string>());
  for (const { code: lang, commands, stop, start } of languages.list) {
    const reserved = new Set([...commands.keys(), ...stop, ...start]);
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

function contentVersion(items: readonly Item[], triage: TriageRules, rows: readonly LanguageRow[]): string {
  // The second opinion's weights count too: a retrained model changes what triage decides with the same rules.
  const hash = createHash('sha256').update(`triage@${triage.version};model@${JSON.stringify(triage.secondOpinion ?? null)};languages@${JSON.stringify(rows)};`);
  for (const item of [...items].sort((a, b) => a.id.localeCompare(b.id))) hash.update(`${item.id}@${item.version};`);
  return hash.digest('hex').slice(0, 12);
}
