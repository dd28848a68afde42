import { DEFAULT_PLAN_PERIOD } from '../../model/plan-period.ts';
import { palette } from '../../theme/palette.ts';
import type { LayerContext, LayerModule, StyleContext } from '../layer-module.ts';

/** A layer's context as the map gives it by default (Chinese, the layer's default params). */
export function layerContext(
  layer: LayerModule,
  overrides: Partial<LayerContext<unknown>> = {},
): LayerContext<unknown> {
  return {
    palette,
    locale: 'zh',
    params: layer.params?.defaults,
    year: DEFAULT_PLAN_PERIOD.end,
    period: DEFAULT_PLAN_PERIOD,
    ...overrides,
  };
}

/** A style context for the layer's own sources, as PlanMap builds it. */
export function styleContext(
  layer: LayerModule,
  overrides: Partial<StyleContext<unknown>> = {},
): StyleContext<unknown> {
  return {
    ...layerContext(layer, overrides),
    source: layer.dataset,
    labelSource: `${layer.dataset}-labels`,
    ...overrides,
  };
}
