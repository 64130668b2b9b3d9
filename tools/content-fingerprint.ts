/**
 * `npm run content:fingerprint -- <article.txt>`: writes content/source-fingerprint.json, the salted hashes of
 * the source article's 8-word runs that content:check uses to find copied text. Run once per article version;
 * the article itself never enters the repository.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprintText } from './lint/copied-text.js';
import { FINGERPRINT_FILE } from './lint/source-fingerprint.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const article = process.argv[2];
if (!article) {
  console.error('usage: npm run content:fingerprint -- <path to the source article>');
  process.exit(2);
}
const fingerprint = fingerprintText(readFileSync(resolve(article), 'utf8'), randomBytes(16).toString('hex'));
writeFileSync(resolve(root, FINGERPRINT_FILE), `${JSON.stringify(fingerprint, null, 1)}\n`);
console.log(`wrote ${FINGERPRINT_FILE}: ${fingerprint.hashes.length} runs of ${fingerprint.runLength} words`);
