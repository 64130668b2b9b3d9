import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import * as z from 'zod';

const Tier = z.enum(['emergency', 'crisis', 'urgent', 'soon', 'none']);
const CorpusSchema = z.object({
  items: z.array(z.object({ text: z.string().min(1), lang: z.enum(['en', 'es', 'mix']), tier: Tier, rule: z.string().optional(), ask: z.boolean().optional() })),
});

/** One labelled message of the triage corpus (tests/triage/corpus.yaml). */
export type CorpusItem = z.infer<typeof CorpusSchema>['items'][number];

/** The labelled triage corpus, parsed. */
export const corpus: readonly CorpusItem[] = CorpusSchema.parse(parse(readFileSync(join(import.meta.dirname, '../triage/corpus.yaml'), 'utf8'))).items;
