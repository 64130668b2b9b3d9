import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../tools/content/load-yaml.js';
import { MAIN_MENU, VOICE_MAIN_MENU } from '../../../functions/content/model.js';

const content = loadContent(join(import.meta.dirname, '../../../content'));

/** Every node reachable from a menu by following options, with the number of choices it takes. */
function reachable(from: string): Map<string, number> {
  const depth = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const node = content.nodes.get(id);
    if (node?.kind !== 'menu') continue;
    for (const option of node.options) {
      if (depth.has(option)) continue;
      depth.set(option, depth.get(id)! + 1);
      queue.push(option);
    }
  }
  return depth;
}

describe('real content reachability', () => {
  it('reaches every topic and action from the SMS main menu by numbers', () => {
    const sms = reachable(MAIN_MENU);
    const missing = [...content.nodes.values()].filter((n) => n.kind !== 'menu' && !sms.has(n.id)).map((n) => n.id);
    expect(missing).toEqual([]);
  });

  it('reaches each of the seven causes within two key presses of the voice main menu', () => {
    const voice = reachable(VOICE_MAIN_MENU);
    const causes = ['sciatica', 'herniated-disc', 'spinal-stenosis', 'spondylolisthesis', 'piriformis', 'degenerative-disc', 'spinal-arthritis'];
    expect(causes.map((id) => [id, voice.get(id)])).toEqual(causes.map((id) => [id, 2]));
  });
});
