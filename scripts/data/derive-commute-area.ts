import { cellArea, cellToLatLng, cellsToMultiPolygon, polygonToCells, UNITS } from 'h3-js';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import { featureIdOf } from '../../src/geo/validate-geojson.ts';

/**
 * What the 1-hour commuting area is computed from: every number an assumption of the project,
 * written in `geodata/commute-area.json` and shown beside the area on the map.
 */
export interface CommuteAssumptions {
  /** The commute the plan names: 建成贵阳都市圈1小时通勤圈. */
  minutes: number;
  /** Where commutes start: the seats of the districts the document names as the core's focus. */
  originDistricts: string[];
  /** Average door-to-door road speed (km/h) over straight-line distance × `detour`. */
  roadKmh: number;
  /** Road distance ÷ straight-line distance. */
  detour: number;
  /** Average urban-rail speed between stations, stops included (km/h). */
  metroKmh: number;
  /** Average speed of trunk and intercity trains between stations (km/h). */
  railKmh: number;
  /** Waiting and walking at each boarding or change of line (min). */
  boardingMinutes: number;
  /** H3 resolution of the travel-time grid (7: cells of about 5 km²). */
  resolution: number;
  /** Why these values, for readers of the map. */
  why: { zh: string; en: string };
}

const EARTH_KM = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in km between two [lon, lat] positions. */
function km([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const a =
    Math.sin(rad(lat2! - lat1!) / 2) ** 2 +
    Math.cos(rad(lat1!)) * Math.cos(rad(lat2!)) * Math.sin(rad(lon2! - lon1!) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.sqrt(a));
}

interface Node {
  at: Position;
  line: string;
}

/**
 * Minutes from the origins to every node of the network: reach a station by road, ride along
 * its line, change to another line where stations are within 1 km (boarding again). Dijkstra
 * over a few hundred nodes; O(n²) is plenty.
 */
function networkMinutes(origins: Position[], lines: Feature<LineString>[], a: CommuteAssumptions) {
  const nodes: Node[] = [];
  const edges = new Map<number, { to: number; minutes: number }[]>();
  const link = (from: number, to: number, minutes: number) => {
    edges.set(from, [...(edges.get(from) ?? []), { to, minutes }]);
    edges.set(to, [...(edges.get(to) ?? []), { to: from, minutes }]);
  };
  const road = (from: Position, to: Position) => ((km(from, to) * a.detour) / a.roadKmh) * 60;
  for (const line of lines) {
    const speed = line.properties?.mode === 'metro' ? a.metroKmh : a.railKmh;
    line.geometry.coordinates.forEach((at, i) => {
      nodes.push({ at, line: String(line.id) });
      if (i > 0)
        link(
          nodes.length - 2,
          nodes.length - 1,
          (km(line.geometry.coordinates[i - 1]!, at) / speed) * 60,
        );
    });
  }
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const d = km(nodes[i]!.at, nodes[j]!.at);
      if (nodes[i]!.line !== nodes[j]!.line && d <= 1)
        link(i, j, a.boardingMinutes + road(nodes[i]!.at, nodes[j]!.at));
    }
  }
  const minutes = nodes.map(
    (n) => Math.min(...origins.map((o) => road(o, n.at))) + a.boardingMinutes,
  );
  const done = new Set<number>();
  while (done.size < nodes.length) {
    let next = -1;
    for (let i = 0; i < nodes.length; i++)
      if (!done.has(i) && (next < 0 || minutes[i]! < minutes[next]!)) next = i;
    done.add(next);
    for (const { to, minutes: m } of edges.get(next) ?? [])
      minutes[to] = Math.min(minutes[to]!, minutes[next]! + m);
  }
  return { nodes, minutes, road };
}

/**
 * The 1-hour commuting area of measure 三(三), computed from the transport layer's schematic
 * network and the assumptions: a MultiPolygon of the H3 cells reachable from the core within
 * `minutes` (by road, or by road to a station, train or metro, and road again), the origins,
 * and each centre and cluster of the spatial structure with its minutes and whether it is
 * reached. Pure; positions [lon, lat].
 */
export function deriveCommuteArea(
  assumptions: CommuteAssumptions,
  districts: FeatureCollection,
  structure: FeatureCollection,
  transport: FeatureCollection,
): FeatureCollection {
  const a = assumptions;
  const districtOf = (code: string) => {
    const d = districts.features.find((f) => featureIdOf(f) === code);
    if (!d?.properties?.seat) throw new Error(`commute area: district ${code} has no seat`);
    return d;
  };
  const seatOf = (code: string) => districtOf(code).properties!.seat as Position;
  const origins = a.originDistricts.map(seatOf);
  const lines = transport.features.filter(
    (f): f is Feature<LineString> => f.geometry?.type === 'LineString',
  );
  const { nodes, minutes, road } = networkMinutes(origins, lines, a);
  const minutesTo = (at: Position) =>
    Math.min(
      ...origins.map((o) => road(o, at)),
      ...nodes.map((n, i) => minutes[i]! + road(n.at, at)),
    );
  // The grid covers every district (Guiyang and its neighbours) with a margin.
  const xs = districts.features.flatMap((f) => positionsOf(f).map((p) => p[0]!));
  const ys = districts.features.flatMap((f) => positionsOf(f).map((p) => p[1]!));
  const [w, s, e, n] = [
    Math.min(...xs) - 0.1,
    Math.min(...ys) - 0.1,
    Math.max(...xs) + 0.1,
    Math.max(...ys) + 0.1,
  ];
  const grid = polygonToCells(
    [
      [s, w],
      [s, e],
      [n, e],
      [n, w],
      [s, w],
    ],
    a.resolution,
  );
  const reached = grid.filter((cell) => {
    const [lat, lon] = cellToLatLng(cell);
    return minutesTo([lon, lat]) <= a.minutes;
  });
  const areaKm2 = reached.reduce((sum, cell) => sum + cellArea(cell, UNITS.km2), 0);
  const round = (m: number) => Math.round(m);
  const destinations: Feature<Point>[] = structure.features
    .filter((f) => f.properties?.role === 'centre' || f.properties?.role === 'cluster')
    .map((f) => {
      const at =
        f.geometry?.type === 'Point'
          ? f.geometry.coordinates
          : (f.properties?.labelPoint as Position);
      const m = minutesTo(at);
      return {
        type: 'Feature',
        id: `reach-${featureIdOf(f)}`,
        properties: {
          role: 'destination',
          target: featureIdOf(f),
          name: f.properties?.name,
          nameEn: f.properties?.nameEn,
          minutes: round(m),
          reached: m <= a.minutes,
        },
        geometry: { type: 'Point', coordinates: at },
      };
    });
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'commute-area',
        properties: {
          role: 'area',
          name: `${a.minutes} 分钟通勤范围(按示意交通网计算)`,
          nameEn: `${a.minutes}-minute commuting area (computed from the schematic network)`,
          ...a,
          areaKm2: Math.round(areaKm2),
        },
        geometry: { type: 'MultiPolygon', coordinates: cellsToMultiPolygon(reached, true) },
      },
      ...a.originDistricts.map((code, i): Feature<Point> => ({
        type: 'Feature',
        id: `origin-${code}`,
        properties: {
          role: 'origin',
          district: code,
          name: `${districtOf(code).properties?.name}(起点)`,
          nameEn: `${districtOf(code).properties?.nameEn} (start)`,
        },
        geometry: { type: 'Point', coordinates: origins[i]! },
      })),
      ...destinations,
    ],
  };
}

/** Every position of a feature's geometry. */
function positionsOf(feature: Feature): Position[] {
  const g = feature.geometry;
  if (!g) return [];
  if (g.type === 'Polygon') return g.coordinates.flat();
  if (g.type === 'MultiPolygon') return g.coordinates.flat(2);
  return [];
}
