/**
 * The GeoJsonLayer variant of the deck.gl peer (`?layer=geojson`): the same two layers and
 * accessors as `path-layers.ts`, each a GeoJsonLayer over a FeatureCollection, which builds its
 * own PathLayer inside. Loaded on demand, so the default page's bundle does not carry it.
 */
import { GeoJsonLayer } from '@deck.gl/layers';
import { DASHED, pipeStyleOf, type PipeLayersOf, type PipeProperties } from './path-layers.ts';

/** The pipes as two GeoJsonLayers (lines only). */
export const geojsonPipeLayers: PipeLayersOf = (data, state) =>
  (['pipes-line', 'pipes-planned'] as const).map((id) => {
    const s = pipeStyleOf(id, state);
    return new GeoJsonLayer<PipeProperties>({
      id,
      data: { type: 'FeatureCollection', features: data[id] },
      stroked: true,
      filled: false,
      getLineColor: s.getColor,
      getLineWidth: s.getWidth,
      lineWidthUnits: 'pixels',
      lineWidthScale: s.widthScale,
      lineCapRounded: s.capRounded,
      pickable: true,
      onClick: state.onClick,
      updateTriggers: { getLineColor: s.selectedId, getLineWidth: s.selectedId },
      ...(id === 'pipes-planned' ? { extensions: [DASHED], getDashArray: s.dashArray } : {}),
    });
  });
