import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { declaredFrameOf, parseJsonText } from '../geo/validate-geojson.ts';
import { importIssue, type ImportIssue } from './import-issue.ts';
import { type Frame } from '../model/frames.ts';

/** A reader's outcome: its value, or every problem found (none of them thrown). */
export type ReadOutcome<T> = ({ ok: true } & T) | { ok: false; errors: ImportIssue[] };

/** What a GeoJSON file holds once read. */
export interface GeojsonRead {
  collection: FeatureCollection;
  /** The frame its (pre-RFC 7946) `crs` member names, if it has one. */
  declared?: { name: string; frame: Frame };
  warnings: ImportIssue[];
}

const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
];

/** Decodes UTF-8 (the GeoJSON standard), falling back to GBK as Chinese desktop tools write it. */
function decodeText(bytes: Uint8Array, file: string): { text: string; warning?: ImportIssue } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      text: new TextDecoder('gbk').decode(bytes),
      warning: importIssue(
        'text-encoding',
        { file },
        '文件不是 UTF-8 编码,已按 GBK 读取;请核对中文属性',
        'The file is not UTF-8; it was read as GBK: please check the Chinese attributes',
      ),
    };
  }
}

/** Python's json writes NaN and Infinity, which JSON does not have: name them where they are. */
function nonFiniteLiteral(text: string, file: string): ImportIssue | undefined {
  const m = /[[,:]\s*(-?Infinity|NaN)\b/.exec(text);
  if (!m) return undefined;
  const offset = m.index + m[0].length - m[1]!.length;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return importIssue(
    'coord-not-number',
    { file, line, column },
    `第 ${line} 行第 ${column} 列的 ${m[1]} 不是数值(JSON 没有 NaN/Infinity):请删除该坐标或改为有效数值`,
    `${m[1]} at line ${line}, column ${column} is not a number (JSON has no NaN/Infinity): remove the position or give a valid number`,
  );
}

function notGeojson(json: unknown, file: string): ImportIssue {
  const type = (json as { type?: unknown } | null)?.type;
  const [zh, en] = Array.isArray(json)
    ? ['是 JSON 数组,不是 GeoJSON 对象', 'is a JSON array, not a GeoJSON object']
    : json === null || typeof json !== 'object'
      ? ['是单个 JSON 值,不是 GeoJSON 对象', 'is a single JSON value, not a GeoJSON object']
      : type === 'Topology'
        ? ['是 TopoJSON,请先转换为 GeoJSON', 'is TopoJSON: convert it to GeoJSON first']
        : type === 'FeatureCollection'
          ? ['的 "features" 不是数组', 'has a "features" member that is not an array']
          : typeof type === 'string'
            ? [
                `的 "type" 为 “${type}”,不是 GeoJSON 类型`,
                `has "type": "${type}", not a GeoJSON type`,
              ]
            : ['没有 "type" 成员,不是 GeoJSON', 'has no "type" member: not GeoJSON'];
  return importIssue('not-geojson', { file }, `文件${zh}`, `The file ${en}`);
}

/**
 * Reads a GeoJSON file's bytes: decodes, parses (naming line and column of a syntax error),
 * checks it is GeoJSON and wraps a lone Feature or geometry into a FeatureCollection.
 * Coordinates are not checked here; the import pipeline validates them once the frame is known.
 */
export function readGeojsonText(bytes: Uint8Array, file: string): ReadOutcome<GeojsonRead> {
  const warnings: ImportIssue[] = [];
  const { text, warning } = decodeText(bytes, file);
  if (warning) warnings.push(warning);
  const parsed = parseJsonText(text, file);
  if ('issue' in parsed) {
    const nonFinite = nonFiniteLiteral(text, file);
    if (nonFinite) return { ok: false, errors: [nonFinite] };
    const { syntax } = parsed;
    // The position goes in `where` only (the list shows it once), the words in each language.
    const where = syntax ? { file, line: syntax.line, column: syntax.column } : { file };
    return {
      ok: false,
      errors: [
        importIssue(
          'json-invalid',
          where,
          `文件不是有效的 JSON:${syntax?.zh ?? '无法解析'}`,
          `The file is not valid JSON: ${syntax?.en ?? 'it cannot be parsed'}`,
        ),
      ],
    };
  }
  const json = parsed.value as { type?: unknown; features?: unknown } | null;
  let collection: FeatureCollection;
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    if (json.type === 'FeatureCollection' && Array.isArray(json.features)) {
      collection = json as FeatureCollection;
    } else if (json.type === 'Feature') {
      collection = { type: 'FeatureCollection', features: [json as Feature] };
    } else if (typeof json.type === 'string' && GEOMETRY_TYPES.includes(json.type)) {
      const feature: Feature = { type: 'Feature', properties: {}, geometry: json as Geometry };
      collection = { type: 'FeatureCollection', features: [feature] };
    } else return { ok: false, errors: [notGeojson(json, file)] };
  } else return { ok: false, errors: [notGeojson(json, file)] };

  const declared = declaredFrameOf(json);
  if (declared.name && !declared.frame) {
    return {
      ok: false,
      errors: [
        importIssue(
          'frame-unknown',
          { file, path: 'crs' },
          `文件的 crs 声明了不受支持的坐标系“${declared.name}”`,
          `The file's crs names a frame that is not supported: "${declared.name}"`,
        ),
      ],
    };
  }
  return {
    ok: true,
    collection,
    ...(declared.frame && declared.name
      ? { declared: { name: declared.name, frame: declared.frame } }
      : {}),
    warnings,
  };
}
