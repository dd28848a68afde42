import {
  GUIYANG_DISTRICT_CODES,
  PIPE_STATUSES,
  PIPE_TYPES,
  type PipeStatus,
  type PipeType,
} from '../layers/feature-values.ts';
import { PLAN_PERIOD } from '../plan/plan-period.ts';

/** Service distances offered for the charging coverage surface (km). */
export const SERVICE_DISTANCES = [1, 3, 5] as const;
/** One of {@link SERVICE_DISTANCES}. */
export type ServiceDistance = (typeof SERVICE_DISTANCES)[number];

/** How the thematic layers are filtered and styled; part of the shareable state. */
export interface ThematicFilters {
  /** Colour pipes by type (给水, 燃气, …) or by renewal status. */
  pipeStyle: 'type' | 'status';
  /** Pipe types shown; null = all. */
  pipeTypes: PipeType[] | null;
  /** Pipe statuses shown; null = all. */
  pipeStatuses: PipeStatus[] | null;
  /** District codes whose pipes are shown; null = all. */
  pipeDistricts: string[] | null;
  /** The plan-period slider: what is renewed (and stations opened) by this year. */
  year: number;
  /** Service distance of the charging coverage surface. */
  serviceKm: ServiceDistance;
}

/** No filter: every type, status and district, the end of the plan, 3 km service. */
export const DEFAULT_FILTERS: ThematicFilters = {
  pipeStyle: 'type',
  pipeTypes: null,
  pipeStatuses: null,
  pipeDistricts: null,
  year: PLAN_PERIOD.end,
  serviceKm: 3,
};

/** The URL parameters that carry {@link ThematicFilters}. */
export const FILTER_PARAMS = [
  'pipeStyle',
  'pipeTypes',
  'pipeStatus',
  'pipeDistricts',
  'year',
  'serviceKm',
] as const;

function subset<T extends string>(raw: string, allowed: readonly T[]): T[] | undefined {
  const values = raw === '' ? [] : raw.split(',');
  return values.every((v) => (allowed as readonly string[]).includes(v))
    ? allowed.filter((a) => values.includes(a)) // canonical order
    : undefined;
}

/**
 * Reads one filter parameter into `filters`; returns a warning when the value is unusable
 * (the filter then keeps its default).
 */
export function parseFilterParam(
  filters: ThematicFilters,
  name: string,
  value: string,
): string | undefined {
  const bad = (why: string) => `URL parameter ${name}=${JSON.stringify(value)} ignored: ${why}`;
  switch (name) {
    case 'pipeStyle':
      if (value === 'type' || value === 'status') filters.pipeStyle = value;
      else return bad('expected type or status');
      return;
    case 'pipeTypes': {
      const v = subset(value, PIPE_TYPES);
      if (v) filters.pipeTypes = v;
      else return bad(`expected some of ${PIPE_TYPES.join(',')}`);
      return;
    }
    case 'pipeStatus': {
      const v = subset(value, PIPE_STATUSES);
      if (v) filters.pipeStatuses = v;
      else return bad(`expected some of ${PIPE_STATUSES.join(',')}`);
      return;
    }
    case 'pipeDistricts': {
      const v = subset(value, GUIYANG_DISTRICT_CODES);
      if (v) filters.pipeDistricts = v;
      else return bad('expected Guiyang district codes');
      return;
    }
    case 'year': {
      const year = Number(value);
      if (Number.isInteger(year) && year >= PLAN_PERIOD.start && year <= PLAN_PERIOD.end)
        filters.year = year;
      else return bad(`expected a year from ${PLAN_PERIOD.start} to ${PLAN_PERIOD.end}`);
      return;
    }
    case 'serviceKm': {
      const km = Number(value);
      if ((SERVICE_DISTANCES as readonly number[]).includes(km))
        filters.serviceKm = km as ServiceDistance;
      else return bad(`expected one of ${SERVICE_DISTANCES.join(', ')}`);
      return;
    }
  }
}

/** Writes the filters that differ from the defaults as URL parameters. */
export function printFilterParams(filters: ThematicFilters, params: URLSearchParams): void {
  if (filters.pipeStyle !== DEFAULT_FILTERS.pipeStyle) params.set('pipeStyle', filters.pipeStyle);
  if (filters.pipeTypes) params.set('pipeTypes', filters.pipeTypes.join(','));
  if (filters.pipeStatuses) params.set('pipeStatus', filters.pipeStatuses.join(','));
  if (filters.pipeDistricts) params.set('pipeDistricts', filters.pipeDistricts.join(','));
  if (filters.year !== DEFAULT_FILTERS.year) params.set('year', String(filters.year));
  if (filters.serviceKm !== DEFAULT_FILTERS.serviceKm)
    params.set('serviceKm', String(filters.serviceKm));
}
