import type { Map as MapLibreMap } from 'maplibre-gl';
import { type MapCapture } from './map-frame.ts';

/**
 * Waits until the map has drawn everything (tiles, labels, transitions), then describes its
 * picture. Only reads the map: the view, layers and URL stay as they are. The canvas keeps its
 * last frame (`preserveDrawingBuffer`), so a map already idle is read as it is.
 */
export async function captureMap(map: MapLibreMap, signal: AbortSignal): Promise<MapCapture> {
  if (!(map.loaded() && !map.isMoving())) await nextIdle(map, signal);
  signal.throwIfAborted();
  const canvas = map.getCanvas();
  return {
    width: canvas.clientWidth || canvas.width,
    height: canvas.clientHeight || canvas.height,
    zoom: map.getZoom(),
    latitude: map.getCenter().lat,
    bearing: map.getBearing(),
  };
}

/** A canvas's picture as an encoded image (JPEG for the PDF's map: a fraction of PNG's size). */
export function canvasBlob(
  canvas: HTMLCanvasElement,
  type: string,
  quality?: number,
): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob failed'))),
      type,
      quality,
    ),
  );
}

/** Resolves at the map's next `idle` (all tiles and labels drawn); rejects when aborted. */
export function nextIdle(map: MapLibreMap, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      map.off('idle', onIdle);
      reject(signal.reason as Error);
    };
    const onIdle = () => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    };
    map.once('idle', onIdle);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
