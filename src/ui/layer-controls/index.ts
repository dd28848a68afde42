import { type ComponentType } from 'react';
import { type ThematicFilters } from '../../state/thematic-filters.ts';
import { ChargingControls } from './charging-controls.tsx';
import { PipeControls } from './pipe-controls.tsx';

/** Props every layer's controls receive. */
export interface LayerControlsProps {
  filters: ThematicFilters;
  onFilters: (patch: Partial<ThematicFilters>) => void;
}

/** The controls shown under a visible layer in the layer panel, by layer id. */
export const LAYER_CONTROLS: Readonly<Record<string, ComponentType<LayerControlsProps>>> = {
  pipes: PipeControls,
  charging: ChargingControls,
};
