import { Map as MapLibreMap, type LngLatBoundsLike } from 'maplibre-gl';
import { nextIdle } from './capture-map.ts';
import { type MapCapture } from './map-frame.ts';

/** A feature state to set on the export's map (the selection, the open measure's places). */
export interface ExportFeatureState {
  source: string;
  sourceLayer?: string;
  id: string;
  state: Record<string, boolean>;
}

/** What {@link renderFrameMap} draws: the same style, the area to show, at which size. */
export interface FrameMapOptions {
  /** The frame's width ÷ height on paper. */
  aspect: number;
  /** The picture's width in device pixels (paper width × dpi). */
  pixelWidth: number;
  /** The area the export must show whole (the map area the user could see). */
  bounds: LngLatBoundsLike;
  states: readonly ExportFeatureState[];
  signal: AbortSignal;
}

const CSS_WIDTH = 1000;

/**
 * Draws the map again in a hidden map of the frame's own proportions, so the picture fills the
 * frame on paper with no band and no cut: the style of the live map (its layers, data and
 * labels), the area the user saw fitted inside, and the selection and highlights set again. The
 * caller paints the returned canvas, then calls `release`.
 */
export async function renderFrameMap(
  live: MapLibreMap,
  options: FrameMapOptions,
): Promise<{ canvas: HTMLCanvasElement; capture: MapCapture; release: () => void }> {
  const width = CSS_WIDTH;
  const height = Math.round(CSS_WIDTH / options.aspect);
  const container = document.createElement('div');
  // Laid out (a map needs a size) but off screen and out of the accessibility tree.
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-20000px',
    top: '0',
    width: `${width}px`,
    height: `${height}px`,
  });
  document.body.append(container);
  const map = new MapLibreMap({
    container,
    style: live.getStyle(),
    bounds: options.bounds,
    fitBoundsOptions: { padding: 8 },
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    pixelRatio: options.pixelWidth / width,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  const release = () => {
    map.remove();
    container.remove();
  };
  try {
    await nextIdle(map, options.signal);
    for (const { source, sourceLayer, id, state } of options.states) {
      if (map.getSource(source))
        map.setFeatureState({ source, ...(sourceLayer ? { sourceLayer } : {}), id }, state);
    }
    map.triggerRepaint();
    await nextIdle(map, options.signal);
    const center = map.getCenter();
    return {
      canvas: map.getCanvas(),
      capture: {
        width,
        height,
        zoom: map.getZoom(),
        latitude: center.lat,
        bearing: map.getBearing(),
      },
      release,
    };
  } catch (error) {
    release();
    throw error;
  }
}
