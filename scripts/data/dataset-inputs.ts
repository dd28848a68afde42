import { join } from 'node:path';
import type { DataIssue } from '../../src/geo/validate-geojson.ts';
import type { DatasetMeta } from './dataset-schemas.ts';
import type { FeatureContracts } from './feature-contracts.ts';

/** What each sample generator reads: the built districts, and the township table for stations. */
const GENERATOR_INPUTS = {
  'pipe-network': ['districts'],
  'charging-stations': ['districts', 'townships'],
  'renewal-sites': ['districts', 'townships'],
  'housing-projects': ['districts', 'townships'],
  'public-services': ['districts', 'townships'],
  'water-works': ['districts'],
  'flood-points': ['districts', 'townships'],
} as const;

/**
 * The datasets one dataset needs built before it: a derived dataset's `from`, a generator's
 * inputs, and the tables its contract checks against (a station file's township codes are
 * checked against the real list).
 */
export function inputsOf(meta: DatasetMeta, contracts: FeatureContracts = new Map()): string[] {
  const { origin } = meta;
  const inputs: string[] = [];
  if (origin.kind === 'derived') inputs.push(...origin.from);
  if (origin.kind === 'generated') inputs.push(...GENERATOR_INPUTS[origin.generator]);
  inputs.push(...(contracts.get(meta.id)?.tables ?? []));
  return [...new Set(inputs)];
}

/**
 * Puts datasets after the datasets they need; reports unknown or circular inputs. With `only`,
 * just those datasets and what they need (the sample CLI builds the districts alone).
 */
export function orderByDependency(
  metas: DatasetMeta[],
  geodataDir: string,
  issues: DataIssue[],
  only?: readonly string[],
  contracts: FeatureContracts = new Map(),
): DatasetMeta[] {
  const byId = new Map(metas.map((m) => [m.id, m]));
  const ordered: DatasetMeta[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (meta: DatasetMeta): boolean => {
    if (state.get(meta.id) === 'done') return true;
    if (state.get(meta.id) === 'visiting') return false;
    state.set(meta.id, 'visiting');
    for (const dep of inputsOf(meta, contracts)) {
      const input = byId.get(dep);
      if (!input || !visit(input)) {
        const file = join(geodataDir, `${meta.id}.meta.json`);
        issues.push({
          file,
          feature: '',
          rule: 'meta-dependency',
          message: `input dataset "${dep}" is missing or circular`,
        });
        return false;
      }
    }
    state.set(meta.id, 'done');
    ordered.push(meta);
    return true;
  };
  (only ? metas.filter((m) => only.includes(m.id)) : metas).forEach(visit);
  return ordered;
}
