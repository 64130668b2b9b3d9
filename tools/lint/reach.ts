import { resolveInput } from '../../functions/engine/keywords.js';
import { MAIN_MENU, type Content } from '../../functions/content/model.js';
import type { Sink } from './types.js';

/**
 * Every title and keyword, texted on its own in its language, reaches its own item through the engine's resolveInput
 * (rule keyword-reach; the main menu may be reached by the MENU command), and every menu option names an item (menu-target).
 */
export function checkReach(content: Content, sink: Sink): void {
  for (const node of content.nodes.values()) {
    if (node.kind === 'menu') {
      for (const target of node.options) {
        if (!content.nodes.has(target)) sink.error({ item: node.id, rule: 'menu-target', message: `menu option "${target}" is not an item` });
      }
    }
    if (node.kind === 'menu' && node.channel === 'voice') continue;
    for (const lang of content.languages.codes) {
      for (const word of [node[lang].title, ...node[lang].keywords]) {
        const match = resolveInput(content, lang, word);
        if (match.kind === 'node' && match.id === node.id) continue;
        if (match.kind === 'command' && match.command === 'menu' && node.id === MAIN_MENU) continue;
        const got = match.kind === 'node' ? `item "${match.id}"` : match.kind === 'command' ? `the ${match.command.toUpperCase()} command` : match.kind === 'number' ? `menu number ${match.n}` : 'nothing';
        sink.error({ item: node.id, lang, rule: 'keyword-reach', message: `keyword "${word}" resolves to ${got}, not to this item` });
      }
    }
  }
}
