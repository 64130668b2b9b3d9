import { join } from 'node:path';
import { loadContent } from '../../functions/content/load.js';

/** The small, stable content set the engine and handler tests run on (real content may change freely). */
export const FIXTURE_CONTENT_DIR = join(import.meta.dirname, '../fixtures/content');
export const fixtureContent = loadContent(FIXTURE_CONTENT_DIR);
