import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Smooths the stair steps of boundaries quantised to a grid (the county boundaries come in
 * steps of 1/1024°, ~100 m, which show as saw teeth from zoom 11) without opening gaps between
 * neighbours: each vertex moves towards the midpoint of its neighbours (Laplacian smoothing,
 * `weight` of the way), `iterations` times. A vertex where boundaries meet (its neighbours are
 * not the same in every ring that has it) stays put, so a border two districts share is moved
 * identically in both and their rings still meet. No step moves a vertex more than `maxMove`
 * degrees (default 1/4500°, ~25 m), so four iterations stay inside the source’s ~100 m.
 */
export function smoothSharedRings(
  collection: FeatureCollection,
  {
    iterations = 4,
    weight = 0.5,
    maxMove = 1 / 4500,
  }: { iterations?: number; weight?: number; maxMove?: number } = {},
): FeatureCollection {
  let rings = ringsOf(collection);
  const key = (p: Position) => `${p[0]},${p[1]}`;
  // A vertex is fixed when the rings passing through it do not all agree on its neighbours.
  const neighbours = new Map<string, Set<string>>();
  for (const ring of rings) {
    const n = ring.length - 1; // closed: last = first
    for (let i = 0; i < n; i++) {
      const prev = key(ring[(i - 1 + n) % n]!);
      const next = key(ring[(i + 1) % n]!);
      const pair = prev < next ? `${prev}|${next}` : `${next}|${prev}`;
      const set = neighbours.get(key(ring[i]!)) ?? new Set<string>();
      set.add(pair);
      neighbours.set(key(ring[i]!), set);
    }
  }
  const fixed = new Set([...neighbours].filter(([, pairs]) => pairs.size > 1).map(([k]) => k));
  for (let step = 0; step < iterations; step++) {
    rings = rings.map((ring) => {
      const n = ring.length - 1;
      const moved = ring.slice(0, n).map((p, i) => {
        if (fixed.has(key(p))) return p;
        const prev = ring[(i - 1 + n) % n]!;
        const next = ring[(i + 1) % n]!;
        let dx = weight * ((prev[0]! + next[0]!) / 2 - p[0]!);
        let dy = weight * ((prev[1]! + next[1]!) / 2 - p[1]!);
        // A real corner of long edges would move far: no vertex moves more than maxMove.
        const length = Math.hypot(dx, dy);
        if (length > maxMove) [dx, dy] = [(dx / length) * maxMove, (dy / length) * maxMove];
        return [p[0]! + dx, p[1]! + dy];
      });
      return [...moved, moved[0]!];
    });
    // Junctions keep their original coordinates, so they stay keys of the next round.
  }
  return withRings(collection, rings);
}

/** Every ring of the collection's polygons, in feature order. */
function ringsOf(collection: FeatureCollection): Position[][] {
  return collection.features.flatMap((f) => {
    const g = f.geometry;
    if (g?.type === 'Polygon') return g.coordinates;
    if (g?.type === 'MultiPolygon') return g.coordinates.flat();
    return [];
  });
}

/** The collection with its rings replaced, in the order {@link ringsOf} gave them. */
function withRings(collection: FeatureCollection, rings: Position[][]): FeatureCollection {
  let next = 0;
  const take = (count: number) => rings.slice(next, (next += count));
  return {
    ...collection,
    features: collection.features.map((f): Feature => {
      const g = f.geometry;
      if (g?.type === 'Polygon')
        return { ...f, geometry: { ...g, coordinates: take(g.coordinates.length) } as Polygon };
      if (g?.type === 'MultiPolygon')
        return {
          ...f,
          geometry: {
            ...g,
            coordinates: g.coordinates.map((polygon) => take(polygon.length)),
          } as MultiPolygon,
        };
      return f;
    }),
  };
}
