import type { LayerSpecification } from 'maplibre-gl';

/**
 * A symbol layer's spec with its `text-size` multiplied by `scale` (关怀模式). A zoom curve
 * cannot be wrapped in `['*', …]` (MapLibre allows `zoom` only at the top of `interpolate` or
 * `step`), so the curve's outputs are scaled one by one.
 */
export function scaleTextSize(spec: LayerSpecification, scale: number): LayerSpecification {
  if (spec.type !== 'symbol' || spec.layout?.['text-size'] === undefined) return spec;
  return {
    ...spec,
    layout: { ...spec.layout, 'text-size': scaled(spec.layout['text-size'], scale) as never },
  };
}

function scaled(value: unknown, scale: number): unknown {
  if (typeof value === 'number') return Math.round(value * scale * 10) / 10;
  if (!Array.isArray(value)) return value;
  const [op] = value;
  if (op === 'interpolate') {
    // ['interpolate', type, input, z1, v1, z2, v2, …]: scale every output.
    return value.map((v, i) => (i >= 3 && i % 2 === 0 ? scaled(v, scale) : v));
  }
  if (op === 'step') {
    // ['step', input, v0, z1, v1, …]: outputs at index 2 and every even index after.
    return value.map((v, i) => (i >= 2 && i % 2 === 0 ? scaled(v, scale) : v));
  }
  return ['*', scale, value];
}
