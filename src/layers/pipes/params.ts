import { GUIYANG_DISTRICT_CODES } from '../../model/guiyang-districts.ts';
import type { LayerParams } from '../../model/layer-params.ts';
import { PIPE_STATUSES, PIPE_TYPES, type PipeStatus, type PipeType } from './values.ts';

/** How the pipe network is filtered and styled; part of the shareable state. */
export interface PipeParams {
  /** Colour pipes by type (给水, 燃气, …) or by renewal status. */
  style: 'type' | 'status';
  /** Pipe types shown; null = all. */
  types: PipeType[] | null;
  /** Pipe statuses shown; null = all. */
  statuses: PipeStatus[] | null;
  /** District codes whose pipes are shown; null = all. */
  districts: string[] | null;
}

/** By type, every type, status and district. */
export const PIPE_DEFAULTS: PipeParams = {
  style: 'type',
  types: null,
  statuses: null,
  districts: null,
};

/** Why a list was refused: the values it may hold. */
const oneOf = (allowed: readonly string[]) => ({
  zh: `应为以下值中的若干个:${allowed.join(',')}`,
  en: `expected some of ${allowed.join(',')}`,
});

/** Some of `allowed`, in their canonical order, or undefined if a value is not allowed. */
function subset<T extends string>(raw: string, allowed: readonly T[]): T[] | undefined {
  const values = raw === '' ? [] : raw.split(',');
  return values.every((v) => (allowed as readonly string[]).includes(v))
    ? allowed.filter((a) => values.includes(a))
    : undefined;
}

/** `pipeStyle`, `pipeTypes`, `pipeStatus`, `pipeDistricts`: the names links have always used. */
export const pipeParams: LayerParams<PipeParams> = {
  defaults: PIPE_DEFAULTS,
  names: ['pipeStyle', 'pipeTypes', 'pipeStatus', 'pipeDistricts'],
  parse(params, name, value) {
    switch (name) {
      case 'pipeStyle':
        return value === 'type' || value === 'status'
          ? { ...params, style: value }
          : { warning: { zh: '应为 type 或 status', en: 'expected type or status' } };
      case 'pipeTypes': {
        const types = subset(value, PIPE_TYPES);
        return types ? { ...params, types } : { warning: oneOf(PIPE_TYPES) };
      }
      case 'pipeStatus': {
        const statuses = subset(value, PIPE_STATUSES);
        return statuses ? { ...params, statuses } : { warning: oneOf(PIPE_STATUSES) };
      }
      default: {
        const districts = subset(value, GUIYANG_DISTRICT_CODES);
        return districts
          ? { ...params, districts }
          : { warning: { zh: '应为贵阳的区县代码', en: 'expected Guiyang district codes' } };
      }
    }
  },
  print(params, out) {
    if (params.style !== PIPE_DEFAULTS.style) out.set('pipeStyle', params.style);
    if (params.types) out.set('pipeTypes', params.types.join(','));
    if (params.statuses) out.set('pipeStatus', params.statuses.join(','));
    if (params.districts) out.set('pipeDistricts', params.districts.join(','));
  },
};
