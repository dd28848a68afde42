import { type LocalizedText } from '../model/locale.ts';
import { FRAMES, type Frame } from '../model/frames.ts';

/** What a `.prj` names: a supported frame, or the name it gives and why it is not supported. */
export type PrjResult =
  { ok: true; frame: Frame; name: string } | { ok: false; name: string; reason: LocalizedText };

/** One `KEYWORD[arg, …]` node of WKT. */
interface WktNode {
  keyword: string;
  args: (string | number | WktNode)[];
}

/** Parses WKT 1 (OGC and ESRI) or WKT 2 into nodes; throws on malformed text. */
function parseWkt(text: string): WktNode {
  const tokens = text.match(
    /"(?:[^"]|"")*"|[A-Za-z_][A-Za-z0-9_]*|[-+]?[\d.]+(?:[eE][-+]?\d+)?|[[\](),]/g,
  );
  if (!tokens) throw new Error('empty');
  let i = 0;
  const node = (): WktNode => {
    const keyword = tokens[i++];
    if (!keyword || !/^[A-Za-z_]/.test(keyword)) throw new Error(`keyword expected at ${keyword}`);
    const args: WktNode['args'] = [];
    if (tokens[i] !== '[' && tokens[i] !== '(') return { keyword: keyword.toUpperCase(), args };
    i++;
    while (i < tokens.length && tokens[i] !== ']' && tokens[i] !== ')') {
      const token = tokens[i]!;
      if (token.startsWith('"')) {
        args.push(token.slice(1, -1).replace(/""/g, '"'));
        i++;
      } else if (/^[-+\d.]/.test(token)) {
        args.push(Number(token));
        i++;
      } else args.push(node());
      if (tokens[i] === ',') i++;
    }
    if (i >= tokens.length) throw new Error('unclosed bracket');
    i++;
    return { keyword: keyword.toUpperCase(), args };
  };
  const root = node();
  if (root.args.length === 0) throw new Error('not WKT');
  return root;
}

const children = (n: WktNode, ...keywords: string[]) =>
  n.args.filter((a): a is WktNode => typeof a === 'object' && keywords.includes(a.keyword));
const child = (n: WktNode, ...keywords: string[]) => children(n, ...keywords)[0];
const nameOf = (n: WktNode | undefined) => (typeof n?.args[0] === 'string' ? n.args[0] : '');
const compact = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The EPSG code a node declares itself (`AUTHORITY["EPSG","4545"]` or `ID["EPSG",4545]`). */
function epsgOf(n: WktNode): string | undefined {
  const id = child(n, 'AUTHORITY', 'ID');
  return id && compact(String(id.args[0])) === 'epsg' ? String(id.args[1]) : undefined;
}

/** The datum: CGCS2000, WGS84 or another, with the name the file gives it. */
function datumOf(geog: WktNode | undefined): {
  kind: 'cgcs2000' | 'wgs84' | 'other';
  name: string;
} {
  const datum = geog && child(geog, 'DATUM', 'ENSEMBLE', 'GEODETICDATUM');
  const name = nameOf(datum) || 'unknown';
  const key = compact(name);
  if (/china2000|cgcs2000|chinageodeticcoordinatesystem2000/.test(key))
    return { kind: 'cgcs2000', name };
  if (/wgs1984|wgs84|worldgeodeticsystem1984/.test(key)) return { kind: 'wgs84', name };
  return { kind: 'other', name };
}

/** Projection parameters by normalised name (WKT 1 at the top level, WKT 2 in CONVERSION). */
function parametersOf(root: WktNode): Map<string, number> {
  const holder = child(root, 'CONVERSION') ?? root;
  const params = new Map<string, number>();
  for (const p of children(holder, 'PARAMETER')) {
    if (typeof p.args[1] === 'number') params.set(compact(nameOf(p)), p.args[1]);
  }
  return params;
}

const param = (params: Map<string, number>, ...names: string[]) =>
  names.map((n) => params.get(n)).find((v) => v !== undefined);

const unknown = (name: string, zh: string, en: string): PrjResult => ({
  ok: false,
  name,
  reason: {
    zh: `坐标系“${name}”不受支持:${zh}`,
    en: `The frame "${name}" is not supported: ${en}`,
  },
});

function projectedFrame(root: WktNode, name: string): PrjResult {
  const geog = child(root, 'GEOGCS', 'BASEGEOGCRS', 'BASEGEODCRS');
  const datum = datumOf(geog);
  if (datum.kind !== 'cgcs2000') {
    return unknown(
      name,
      `基准面为 ${datum.name},只支持 CGCS2000 的高斯-克吕格投影`,
      `its datum is ${datum.name}; only CGCS2000 Gauss–Krüger projections are supported`,
    );
  }
  const method = compact(
    nameOf(child(root, 'PROJECTION') ?? child(child(root, 'CONVERSION') ?? root, 'METHOD')),
  );
  if (!/transversemercator|gausskruger/.test(method)) {
    return unknown(
      name,
      `投影方法为 ${method},不是高斯-克吕格(横轴墨卡托)`,
      `its projection is ${method}, not Gauss–Krüger (transverse Mercator)`,
    );
  }
  const params = parametersOf(root);
  const cm = param(params, 'centralmeridian', 'longitudeofnaturalorigin', 'longitudeoforigin');
  const fe = param(params, 'falseeasting');
  const fn = param(params, 'falsenorthing') ?? 0;
  const k = param(params, 'scalefactor', 'scalefactoratnaturalorigin') ?? 1;
  const lat0 = param(params, 'latitudeoforigin', 'latitudeofnaturalorigin') ?? 0;
  const unit = child(root, 'UNIT', 'LENGTHUNIT');
  const metre = !unit || unit.args[1] === 1;
  const zones: Record<string, Frame> = {
    '105/500000': 'EPSG:4544',
    '108/500000': 'EPSG:4545',
    '105/35500000': 'EPSG:4523',
    '108/36500000': 'EPSG:4524',
  };
  const frame = zones[`${cm}/${fe}`];
  if (frame && fn === 0 && k === 1 && lat0 === 0 && metre) return { ok: true, frame, name };
  return unknown(
    name,
    `中央经线 ${cm}°E、东偏移 ${fe} 米、比例因子 ${k}:只支持中央经线 105°E、108°E 的 3度带(可带 35、36 带号)`,
    `central meridian ${cm}°E, false easting ${fe} m, scale ${k}: only the 3-degree zones of 105°E and 108°E (optionally with zone numbers 35, 36) are supported`,
  );
}

/**
 * Reads the frame a shapefile's `.prj` (WKT 1 as ArcGIS/QGIS write it, or WKT 2) describes:
 * CGCS2000 Gauss–Krüger zones by central meridian and false easting, CGCS2000 or WGS84
 * degrees; anything else is named in the error, so the planner knows what to re-export.
 */
export function parsePrj(text: string): PrjResult {
  let root: WktNode;
  try {
    root = parseWkt(text.trim());
  } catch {
    return {
      ok: false,
      name: text.trim().slice(0, 60),
      reason: { zh: '.prj 不是可读的 WKT 坐标系描述', en: 'the .prj is not readable WKT' },
    };
  }
  const name = nameOf(root) || root.keyword;
  const code = epsgOf(root);
  if (code && (FRAMES as readonly string[]).includes(`EPSG:${code}`)) {
    return { ok: true, frame: `EPSG:${code}` as Frame, name };
  }
  if (['PROJCS', 'PROJCRS', 'PROJECTEDCRS'].includes(root.keyword))
    return projectedFrame(root, name);
  if (['GEOGCS', 'GEOGCRS', 'GEOGRAPHICCRS', 'GEODCRS', 'GEODETICCRS'].includes(root.keyword)) {
    const unit = child(root, 'UNIT', 'ANGLEUNIT');
    const degrees = !unit || Math.abs(Number(unit.args[1]) - Math.PI / 180) < 1e-12;
    const datum = datumOf(root);
    if (degrees && datum.kind === 'cgcs2000') return { ok: true, frame: 'EPSG:4490', name };
    if (degrees && datum.kind === 'wgs84') return { ok: true, frame: 'EPSG:4326', name };
    return unknown(
      name,
      `基准面为 ${datum.name},只支持 CGCS2000 与 WGS84 经纬度`,
      `its datum is ${datum.name}; only CGCS2000 and WGS84 degrees are supported`,
    );
  }
  return unknown(
    name,
    `${root.keyword} 不是投影或地理坐标系`,
    `${root.keyword} is not a projected or geographic frame`,
  );
}
