import type { Feature, FeatureCollection, Position } from 'geojson';
import { eachPosition } from '../../geo/sample-positions.ts';

/** What the map shows of a layer just imported. */
export type DrawnCheck =
  | { state: 'checking' }
  /** Its features are rendered: `found` of the probed ones answered a query on the map. */
  | { state: 'drawn'; found: number }
  /** Nothing of it is in view (or its sublayers are hidden): the map cannot be asked. */
  | { state: 'unseen' }
  /** No feature has a position: there is nothing to draw. */
  | { state: 'nothing-to-draw' }
  /** The map reported an error for its source, or drew nothing where its features are. */
  | { state: 'failed'; reason: string };

/** The part of a MapLibre map the check uses (tests pass a fake). */
export interface DrawnCheckMap {
  on(
    type: 'error',
    listener: (event: { sourceId?: string; error?: { message?: string } }) => void,
  ): unknown;
  off(
    type: 'error',
    listener: (event: { sourceId?: string; error?: { message?: string } }) => void,
  ): unknown;
  getSource(id: string): unknown;
  getLayer(id: string): unknown;
  getLayoutProperty(id: string, name: 'visibility'): unknown;
  isSourceLoaded(id: string): boolean;
  loaded(): boolean;
  isMoving(): boolean;
  project(lngLat: [number, number]): { x: number; y: number };
  getCanvas(): { clientWidth: number; clientHeight: number };
  queryRenderedFeatures(
    box: [[number, number], [number, number]],
    options: { layers: string[] },
  ): unknown[];
}

/** Options of {@link verifyLayerDrawn}, each with its default. */
export interface VerifyOptions {
  /** Give up (and say so) after this long; default 30 s (software WebGL on a busy machine). */
  timeoutMs?: number;
  /** Between looks at the map; default 250 ms. */
  intervalMs?: number;
  /** Features probed: their first positions are asked for on the map; default 20. */
  probes?: number;
}

/** The first position of up to `count` features, spread over the collection. */
function probePositions(collection: FeatureCollection, count: number): Position[] {
  const features = collection.features;
  const stride = Math.max(1, Math.floor(features.length / count));
  const found: Position[] = [];
  for (let i = 0; i < features.length && found.length < count; i += stride) {
    const feature: Feature | undefined = features[i];
    let first: Position | undefined;
    eachPosition(feature?.geometry, (p) => void (first ??= p));
    if (first) found.push(first);
  }
  return found;
}

/**
 * Confirms that an imported layer is drawn, by asking the map for rendered features where
 * some of its features are (a few pixels around their first positions, cheap however large
 * the layer), once the map is idle. An `error` event for the layer's source, or an idle map
 * that renders nothing there twice in a row, is a failure the planner is told about.
 * `sublayers` are the layer's MapLibre layer ids; `source` its GeoJSON source.
 */
export function verifyLayerDrawn(
  map: DrawnCheckMap,
  source: string,
  sublayers: readonly string[],
  collection: FeatureCollection,
  options: VerifyOptions = {},
): { result: Promise<DrawnCheck>; cancel: () => void } {
  const { timeoutMs = 30_000, intervalMs = 250, probes = 20 } = options;
  const positions = probePositions(collection, probes);
  let stop = () => {};
  const result = new Promise<DrawnCheck>((resolve) => {
    if (positions.length === 0) return resolve({ state: 'nothing-to-draw' });
    let misses = 0;
    const started = Date.now();
    const onError = (event: { sourceId?: string; error?: { message?: string } }) => {
      if (event.sourceId === source)
        finish({ state: 'failed', reason: event.error?.message ?? '' });
    };
    const look = () => {
      const layers = sublayers.filter((id) => map.getLayer(id));
      const ready =
        layers.length > 0 && map.getSource(source) && map.isSourceLoaded(source) && map.loaded();
      if (!ready || map.isMoving()) return;
      if (layers.every((id) => map.getLayoutProperty(id, 'visibility') === 'none')) {
        return finish({ state: 'unseen' });
      }
      const { clientWidth: w, clientHeight: h } = map.getCanvas();
      const onScreen = positions
        .map((p) => map.project([p[0]!, p[1]!]))
        .filter(({ x, y }) => x >= 0 && y >= 0 && x <= w && y <= h);
      if (onScreen.length === 0) return finish({ state: 'unseen' });
      let found = 0;
      for (const { x, y } of onScreen) {
        const box: [[number, number], [number, number]] = [
          [x - 3, y - 3],
          [x + 3, y + 3],
        ];
        if (map.queryRenderedFeatures(box, { layers }).length > 0) found++;
      }
      if (found > 0) return finish({ state: 'drawn', found });
      // Two idle looks in a row with nothing drawn: not a tile still on its way.
      if (++misses >= 2) finish({ state: 'failed', reason: '' });
    };
    const timer = setInterval(() => {
      if (Date.now() - started > timeoutMs) return finish({ state: 'failed', reason: 'timeout' });
      look();
    }, intervalMs);
    function finish(check: DrawnCheck) {
      clearInterval(timer);
      map.off('error', onError);
      resolve(check);
    }
    stop = () => {
      clearInterval(timer);
      map.off('error', onError);
    };
    map.on('error', onError);
  });
  return { result, cancel: () => stop() };
}
