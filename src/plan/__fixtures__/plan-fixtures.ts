import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import featureIndexRaw from './feature-index.json';
import { type FeatureIndex } from '../validate-plan-links.ts';

// Test-only helpers: the plan text lives outside the repo tree, in the shared folder beside it.
const here = fileURLToPath(new URL('.', import.meta.url));

/** The full text of 筑府发〔2025〕17号, the only source of truth for the catalogue. */
export const documentText: string = readFileSync(
  path.resolve(here, '../../../../shared/plan-source/guiyang-guian-urbanization-measures-2025.txt'),
  'utf8',
);

/** The layers and feature ids that exist today (districts, structure), as sets. */
export const featureIndex: FeatureIndex = Object.fromEntries(
  Object.entries(featureIndexRaw).map(([layer, ids]) => [layer, new Set(ids)]),
);
