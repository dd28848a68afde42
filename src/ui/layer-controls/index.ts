import { lazy, type ComponentType } from 'react';
import { type ThematicFilters } from '../../state/thematic-filters.ts';

/** Props every layer's controls receive. */
export interface LayerControlsProps {
  filters: ThematicFilters;
  onFilters: (patch: Partial<ThematicFilters>) => void;
}

/**
 * The controls shown under a visible layer in the layer panel, by layer id. Each is its own
 * chunk, fetched when its layer is first turned on (with the layer's data): the thematic
 * layers are off in the default view, so neither page's first load carries their controls.
 */
export const LAYER_CONTROLS: Readonly<Record<string, ComponentType<LayerControlsProps>>> = {
  pipes: lazy(() => import('./pipe-controls.tsx').then((m) => ({ default: m.PipeControls }))),
  charging: lazy(() =>
    import('./charging-controls.tsx').then((m) => ({ default: m.ChargingControls })),
  ),
};
