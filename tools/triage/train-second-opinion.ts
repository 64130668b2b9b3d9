/** `npm run triage:train`: trains the statistical second opinion on the labelled training sets and writes its model file. */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildModel, MODEL_FILE, modelSource } from './second-opinion-train.js';

const root = resolve(import.meta.dirname, '../..');
const built = buildModel(root);
writeFileSync(join(root, MODEL_FILE), modelSource(built));
console.log(`${MODEL_FILE}: ${built.model.emergency.weights.length} gram buckets per tier from ${built.messages} messages`);
