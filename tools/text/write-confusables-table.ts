/** `npm run text:confusables`: writes the look-alike table canonicalText folds with, from the installed `confusables` package. */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { confusablesVersion, lookalikeTable, TABLE_FILE, tableSource } from './confusables-table.js';

const root = resolve(import.meta.dirname, '../..');
const table = lookalikeTable();
writeFileSync(join(root, TABLE_FILE), tableSource(table, confusablesVersion()));
console.log(`${TABLE_FILE}: ${[...table.folds.values()].reduce((n, codes) => n + codes.length, 0)} look-alikes of ${table.read} (${JSON.stringify(table.leftOut)})`);
