/**
 * The LineLayer variant of the deck.gl peer (`?layer=line`): every pipe here is one straight
 * segment, which LineLayer draws as one instance of 4 vertices where PathLayer spends two
 * instances of 6 (the second a padding one). LineLayer has no caps and no dashes, so the
 * existing pipes are drawn with square ends and the planned ones stay a dashed PathLayer.
 * Loaded on demand, so the default page's bundle does not carry it.
 */
import { LineLayer } from '@deck.gl/layers';
import { pathPipeLayers, pipeStyleOf, type Pipe, type PipeLayersOf } from './path-layers.ts';

type Position = [number, number];

/** Existing pipes as a LineLayer, planned ones as the dashed PathLayer. */
export const linePipeLayers: PipeLayersOf = (data, state) => {
  const s = pipeStyleOf('pipes-line', state);
  return [
    new LineLayer<Pipe>({
      id: 'pipes-line',
      data: data['pipes-line'],
      getSourcePosition: (f) => f.geometry.coordinates[0] as Position,
      getTargetPosition: (f) => f.geometry.coordinates.at(-1) as Position,
      getColor: s.getColor,
      getWidth: s.getWidth,
      widthUnits: 'pixels',
      widthScale: s.widthScale,
      pickable: true,
      onClick: state.onClick,
      updateTriggers: { getColor: s.selectedId, getWidth: s.selectedId },
    }),
    pathPipeLayers(data, state)[1]!,
  ];
};
