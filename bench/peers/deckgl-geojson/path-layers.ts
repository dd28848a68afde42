/**
 * The pipes as deck.gl `PathLayer`s, drawn like the MapLibre sublayers of `pipe-style.ts`: the
 * same two layers (existing with round caps, planned dashed), colour by type, the selected
 * segment in the selection colour and thicker. Accessors are shared with the GeoJsonLayer
 * variant (`geojson-layers.ts`).
 */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { PathStyleExtension } from '@deck.gl/extensions';
import { PathLayer } from '@deck.gl/layers';
import type { Feature, LineString } from 'geojson';
import {
  PIPE_COLORS,
  PIPE_COLOR_OTHER,
  SELECTED_COLOR,
  isRenewed,
  widthAt,
} from '../pipe-style.ts';

/** The properties the style reads. */
export type PipeProperties = { id: string; type: string; status: string; year: number };
/** One pipe segment as the build writes it. */
export type Pipe = Feature<LineString, PipeProperties>;
/** What the accessors and the click read: any feature with the pipe's properties. */
type Styled = { properties: PipeProperties };

/** The two layers, as the MapLibre sublayer ids. */
export type PipeLayerId = 'pipes-line' | 'pipes-planned';

/** What the layers are drawn from besides their data. */
export interface PipeLayerState {
  /** The clicked segment, and the layer it is in. */
  selected: { layer: PipeLayerId; id: string } | null;
  /** The map's zoom: widths follow it, as the MapLibre `interpolate` does. */
  zoom: number;
  onClick: (info: PickingInfo<Styled>) => void;
}

/** A builder of the pipe layers from the two subsets and the state. */
export type PipeLayersOf = (data: Record<PipeLayerId, Pipe[]>, state: PipeLayerState) => Layer[];

type Rgba = [number, number, number, number];
const rgba = (hex: string): Rgba => [
  ...([1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]),
  255,
];
const TYPE_RGBA = new Map(Object.entries(PIPE_COLORS).map(([type, hex]) => [type, rgba(hex)]));
const OTHER_RGBA = rgba(PIPE_COLOR_OTHER);
const SELECTED_RGBA = rgba(SELECTED_COLOR);

/**
 * Accessors and uniforms of one layer. Widths are pixels at z15 (2, renewed 4, selected 6)
 * times a uniform scale that follows the zoom, so a zoom change costs no attribute update:
 * exact for ordinary pipes at every zoom; renewed ones are up to 0.4 px thinner below z15 (1.2
 * instead of 1.6 px at z9), as deck.gl has no per-feature zoom interpolation.
 */
export function pipeStyleOf(id: PipeLayerId, state: PipeLayerState) {
  const selectedId = state.selected?.layer === id ? state.selected.id : null;
  return {
    getColor: (f: Styled): Rgba =>
      f.properties.id === selectedId
        ? SELECTED_RGBA
        : (TYPE_RGBA.get(f.properties.type) ?? OTHER_RGBA),
    getWidth: (f: Styled) => (f.properties.id === selectedId ? 6 : isRenewed(f.properties) ? 4 : 2),
    widthScale: widthAt(state.zoom, false) / 2,
    // Only the layer holding the selection (before or after a click) recomputes its colours.
    selectedId,
    capRounded: id === 'pipes-line',
    // MapLibre's dash [2, 1.5] is in line widths; PathStyleExtension counts half widths.
    dashArray: [4, 3] as [number, number],
  };
}

/** Added to the planned layer only: the dash shader costs nothing on the other. */
export const DASHED = new PathStyleExtension({ dash: true });

/** The pipes as two PathLayers from feature arrays. */
export const pathPipeLayers: PipeLayersOf = (data, state) =>
  (['pipes-line', 'pipes-planned'] as const).map((id) => {
    const s = pipeStyleOf(id, state);
    return new PathLayer<Pipe>({
      id,
      data: data[id],
      // Flat [x0, y0, x1, y1, …] open paths: no normalisation and no loop check per path
      // (with `_pathType` set the layer takes paths as they are, and nested arrays draw nothing).
      getPath: (f) => f.geometry.coordinates.flat(),
      positionFormat: 'XY',
      _pathType: 'open',
      getColor: s.getColor,
      getWidth: s.getWidth,
      widthUnits: 'pixels',
      widthScale: s.widthScale,
      capRounded: s.capRounded,
      pickable: true,
      onClick: state.onClick,
      updateTriggers: { getColor: s.selectedId, getWidth: s.selectedId },
      ...(id === 'pipes-planned' ? { extensions: [DASHED], getDashArray: s.dashArray } : {}),
    });
  });
