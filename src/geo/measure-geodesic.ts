import type { Geometry, Position } from 'geojson';

// The CGCS2000 ellipsoid (GRS80); WGS84's differs from it by 0.1 mm in the semi-minor axis.
const A = 6378137;
const F = 1 / 298.257222101;
const B = A * (1 - F);
const E2 = F * (2 - F);
const E = Math.sqrt(E2);
const RAD = Math.PI / 180;

/**
 * The geodesic distance (m) between two WGS84/CGCS2000 positions on the ellipsoid, by
 * Vincenty's inverse formula (sub-millimetre for any two points of a city). Nearly antipodal
 * points, where the iteration may not converge, fall back to a great circle of mean radius.
 */
export function geodesicDistance(from: Position, to: Position): number {
  const L = (to[0]! - from[0]!) * RAD;
  const U1 = Math.atan((1 - F) * Math.tan(from[1]! * RAD));
  const U2 = Math.atan((1 - F) * Math.tan(to[1]! * RAD));
  const [sinU1, cosU1, sinU2, cosU2] = [Math.sin(U1), Math.cos(U1), Math.sin(U2), Math.cos(U2)];
  let lambda = L;
  for (let iteration = 0; iteration < 200; iteration++) {
    const [sinL, cosL] = [Math.sin(lambda), Math.cos(lambda)];
    const sinSigma = Math.hypot(cosU2 * sinL, cosU1 * sinU2 - sinU1 * cosU2 * cosL);
    if (sinSigma === 0) return 0; // the same point
    const cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
    const sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinL) / sinSigma;
    const cos2Alpha = 1 - sinAlpha * sinAlpha;
    // On the equator cos²α = 0 and the term vanishes.
    const cos2SigmaM = cos2Alpha === 0 ? 0 : cosSigma - (2 * sinU1 * sinU2) / cos2Alpha;
    const C = (F / 16) * cos2Alpha * (4 + F * (4 - 3 * cos2Alpha));
    const previous = lambda;
    lambda =
      L +
      (1 - C) *
        F *
        sinAlpha *
        (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM ** 2)));
    if (Math.abs(lambda - previous) < 1e-12) {
      const u2 = (cos2Alpha * (A * A - B * B)) / (B * B);
      const bigA = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
      const bigB = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
      const deltaSigma =
        bigB *
        sinSigma *
        (cos2SigmaM +
          (bigB / 4) *
            (cosSigma * (-1 + 2 * cos2SigmaM ** 2) -
              (bigB / 6) * cos2SigmaM * (-3 + 4 * sinSigma ** 2) * (-3 + 4 * cos2SigmaM ** 2)));
      return B * bigA * (sigma - deltaSigma);
    }
  }
  const meanRadius = (2 * A + B) / 3;
  const [f1, f2] = [from[1]! * RAD, to[1]! * RAD];
  const h = Math.sin((f2 - f1) / 2) ** 2 + Math.cos(f1) * Math.cos(f2) * Math.sin(L / 2) ** 2;
  return 2 * meanRadius * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The geodesic length (m) of a path, a line or every line of a multi-line. */
export function measureLength(line: Position[] | Geometry): number {
  const path = (positions: Position[]) =>
    positions.slice(1).reduce((sum, p, i) => sum + geodesicDistance(positions[i]!, p), 0);
  if (Array.isArray(line)) return path(line);
  switch (line.type) {
    case 'LineString':
      return path(line.coordinates);
    case 'MultiLineString':
      return line.coordinates.reduce((sum, l) => sum + path(l), 0);
    case 'Polygon':
      return line.coordinates.reduce((sum, r) => sum + path(r), 0);
    case 'MultiPolygon':
      return line.coordinates.flat().reduce((sum, r) => sum + path(r), 0);
    default:
      return 0;
  }
}

const q = (sinPhi: number) =>
  (1 - E2) *
  (sinPhi / (1 - E2 * sinPhi * sinPhi) -
    (1 / (2 * E)) * Math.log((1 - E * sinPhi) / (1 + E * sinPhi)));
const QP = q(1);
const RQ = A * Math.sqrt(QP / 2);

/**
 * Lambert azimuthal equal-area on the ellipsoid (Snyder, Map Projections — A Working Manual,
 * eqs. 24-11…24-19), centred on the ring: areas in it are areas on the ellipsoid.
 */
function equalAreaProjection([lon0, lat0]: Position): (p: Position) => [number, number] {
  const sinPhi1 = Math.sin(lat0! * RAD);
  const beta1 = Math.asin(q(sinPhi1) / QP);
  const m1 = Math.cos(lat0! * RAD) / Math.sqrt(1 - E2 * sinPhi1 * sinPhi1);
  const D = (A * m1) / (RQ * Math.cos(beta1));
  return ([lon, lat]) => {
    const beta = Math.asin(q(Math.sin(lat! * RAD)) / QP);
    const dl = (lon! - lon0!) * RAD;
    const b =
      RQ *
      Math.sqrt(
        2 /
          (1 + Math.sin(beta1) * Math.sin(beta) + Math.cos(beta1) * Math.cos(beta) * Math.cos(dl)),
      );
    return [
      b * D * Math.cos(beta) * Math.sin(dl),
      (b / D) *
        (Math.cos(beta1) * Math.sin(beta) - Math.sin(beta1) * Math.cos(beta) * Math.cos(dl)),
    ];
  };
}

/** |shoelace| of a ring in the equal-area plane; open or closed rings alike. */
function ringArea(ring: Position[], project: (p: Position) => [number, number]): number {
  const xy = ring.map(project);
  let twice = 0;
  for (let i = 0; i < xy.length; i++) {
    const [x1, y1] = xy[i]!;
    const [x2, y2] = xy[(i + 1) % xy.length]!;
    twice += x1 * y2 - x2 * y1;
  }
  return Math.abs(twice) / 2;
}

function polygonArea(rings: Position[][]): number {
  const outer = rings[0];
  if (!outer || outer.length < 3) return 0;
  const centre: Position = [
    outer.reduce((s, p) => s + p[0]!, 0) / outer.length,
    outer.reduce((s, p) => s + p[1]!, 0) / outer.length,
  ];
  const project = equalAreaProjection(centre);
  return rings.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * ringArea(ring, project), 0);
}

/**
 * The area (m²) on the ellipsoid of a polygon (holes subtracted), a multi-polygon or one ring.
 * Edges are straight in an equal-area projection centred on the polygon: measured against
 * Gauss–Krüger squares that is within 1e-9 of the area for 1 km edges and 1e-7 for 10 km
 * edges, where turf's spherical area is ~0.18 % off around Guiyang.
 */
export function measureArea(polygon: Position[] | Geometry): number {
  if (Array.isArray(polygon)) return polygonArea([polygon]);
  switch (polygon.type) {
    case 'Polygon':
      return polygonArea(polygon.coordinates);
    case 'MultiPolygon':
      return polygon.coordinates.reduce((sum, p) => sum + polygonArea(p), 0);
    default:
      return 0;
  }
}
