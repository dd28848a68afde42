import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Palette } from '../theme/palette.ts';
import { isHighlighted, isSelected, LABEL_FONTS } from './layer-module.ts';

/** Options of {@link pointSymbols}. */
export interface PointSymbolOptions {
  /** The layer id: sublayers are `<id>-point`, `<id>-badge`, `<id>-label`. */
  id: string;
  source: string;
  palette: Palette;
  /** The symbol's colour (by kind). */
  color: ExpressionSpecification | string;
  /**
   * True where the feature is not there yet (planned): drawn as a ring, not a disc, so status
   * reads without colour.
   */
  hollow?: ExpressionSpecification;
  /** One character drawn on the symbol (the kind), from zoom `badgeMinzoom` (default 10). */
  badge?: ExpressionSpecification | string;
  badgeMinzoom?: number;
  /** The label under the symbol, from zoom `labelMinzoom` (default 13). */
  label?: ExpressionSpecification;
  labelMinzoom?: number;
  filter?: ExpressionSpecification;
  /** Radius at zoom 8 and at zoom 14 (px). Default 3.5 and 9. */
  radius?: [number, number];
}

/**
 * The point symbol every facility-like layer draws: a disc (or a ring for what is only
 * planned) in the kind's colour, a one-character badge so colour is never the only clue, and
 * a name label at street zoom; selection and plan highlight change the disc's colour.
 */
export function pointSymbols(o: PointSymbolOptions): LayerSpecification[] {
  const { id, source, palette } = o;
  const hollow = o.hollow ?? false;
  const [r8, r14] = o.radius ?? [3.5, 9];
  const state = (otherwise: ExpressionSpecification | string): ExpressionSpecification => [
    'case',
    isSelected,
    palette.selected,
    isHighlighted,
    palette.highlight,
    otherwise as ExpressionSpecification,
  ];
  const filter = o.filter ? { filter: o.filter } : {};
  const layers: LayerSpecification[] = [
    {
      id: `${id}-point`,
      type: 'circle',
      source,
      ...filter,
      paint: {
        'circle-color': ['case', hollow, palette.labelHalo, state(o.color)],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, r8, 14, r14],
        'circle-stroke-color': ['case', hollow, state(o.color), palette.labelHalo],
        'circle-stroke-width': ['case', isSelected, 3, hollow, 2, 1],
      },
    },
  ];
  if (o.badge) {
    layers.push({
      id: `${id}-badge`,
      type: 'symbol',
      source,
      minzoom: o.badgeMinzoom ?? 10,
      ...filter,
      layout: {
        'text-field': o.badge,
        'text-size': 11,
        'text-font': LABEL_FONTS,
        // Always drawn on its disc, and no other label is placed over it.
        'text-allow-overlap': true,
        'text-ignore-placement': false,
      },
      paint: { 'text-color': ['case', hollow, state(o.color), palette.labelHalo] },
    });
  }
  if (o.label) {
    layers.push({
      id: `${id}-label`,
      type: 'symbol',
      source,
      minzoom: o.labelMinzoom ?? 13,
      ...filter,
      layout: {
        'text-field': o.label,
        'text-size': 12,
        'text-offset': [0, 1.2],
        'text-anchor': 'top',
        'text-font': LABEL_FONTS,
        'text-max-width': 8,
      },
      paint: {
        'text-color': palette.labelText,
        'text-halo-color': palette.labelHalo,
        'text-halo-width': 1.5,
      },
    });
  }
  return layers;
}
