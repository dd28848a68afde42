import { type Provenance } from '../model/manifest.ts';

// What the figures of the city-sample layers share: where a figure comes from (so a figure
// computed from sample data says so) and the plan target it is compared with, passed in from
// the plan catalogue rather than written into the code.

/** The dataset a figure is computed from and its provenance: `sample` figures must say so. */
export interface FigureSource {
  dataset: string;
  provenance: Provenance;
}

/** An indicator's target as `geodata/plan/catalogue.json` gives it (id, value, unit). */
export interface IndicatorTarget {
  id: string;
  value: number | null;
  unit: string | null;
}

/** A target in the unit a layer counts in, with the catalogue's own value and unit kept. */
export interface ScaledTarget {
  indicator: string;
  value: number;
  unit: string;
  /** The target in `baseUnit`, e.g. 160 000 for 16 万套(间) counted in 套(间). */
  inBaseUnit: number;
}

/**
 * The target in the unit a layer counts in: the catalogue writes 16 with unit 万套(间) where
 * features count 套(间). Accepts `baseUnit` itself and 万 (10^4) of it; throws on any other
 * unit or a target without a value, so a changed catalogue cannot be compared wrongly.
 */
export function scaleTarget(target: IndicatorTarget, baseUnit: string): ScaledTarget {
  const { id, value, unit } = target;
  if (value === null || unit === null) throw new Error(`indicator ${id} has no numeric target`);
  const factor = unit === baseUnit ? 1 : unit === `万${baseUnit}` ? 10_000 : null;
  if (factor === null) throw new Error(`indicator ${id}: unit ${unit} is not ${baseUnit}`);
  return { indicator: id, value, unit, inBaseUnit: value * factor };
}

/** Rounds a sum of decimals (capacities, shares) to `digits`, so fixtures stay stable. */
export function roundTo(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
