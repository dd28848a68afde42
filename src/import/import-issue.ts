import type { DataIssue } from '../geo/validate-geojson.ts';
import { type LocalizedText } from '../model/locale.ts';

/** The rules an imported file can break; names are stable so tests, docs and UI can refer to them. */
export type ImportRule =
  | 'file-too-large'
  | 'file-empty'
  | 'file-type-unknown'
  | 'text-encoding'
  | 'json-invalid'
  | 'not-geojson'
  | 'no-features'
  | 'zip-invalid'
  | 'zip-unsafe-path'
  | 'zip-too-large'
  | 'zip-missing-shp'
  | 'zip-missing-dbf'
  | 'zip-several-shapefiles'
  | 'shp-invalid'
  | 'dbf-encoding'
  | 'dbf-duplicate-field'
  | 'prj-unknown-frame'
  | 'frame-unknown'
  | 'frame-undetected'
  | 'frame-disagrees'
  | 'feature-invalid'
  | 'geometry-invalid'
  | 'geometry-empty'
  | 'geometry-nested-too-deep'
  | 'coord-not-number'
  | 'coord-out-of-range'
  | 'coord-projected'
  | 'coord-not-projected'
  | 'coord-swapped'
  | 'ring-unclosed'
  | 'ring-too-short'
  | 'ring-self-intersecting'
  | 'ids-renumbered'
  | 'outside-extent'
  | 'issues-truncated'
  | 'cancelled'
  | 'internal';

/** Where in the input a problem is: the file, the zip entry, the feature, the property, the position. */
export interface ImportWhere {
  file: string;
  /** Entry of a zip, e.g. `parcels/parcels.dbf`. */
  entry?: string;
  /** The feature's id, or `#<index>` (0-based, as in `features[i]`) when it has none. */
  feature?: string;
  property?: string;
  /** Coordinate path inside the geometry, e.g. `Polygon ring[0][3]`. */
  path?: string;
  line?: number;
  column?: number;
}

/** One problem (or warning) of an import: a stable rule, where it is, and a message in zh and en. */
export interface ImportIssue {
  rule: ImportRule;
  where: ImportWhere;
  message: LocalizedText;
}

/** Builds an {@link ImportIssue}. */
export function importIssue(
  rule: ImportRule,
  where: ImportWhere,
  zh: string,
  en: string,
): ImportIssue {
  return { rule, where, message: { zh, en } };
}

/** Prints where an issue is, in one line: `a.zip › a.dbf › 要素 #3 › 属性 名称`. */
export function formatImportWhere(where: ImportWhere, locale: 'zh' | 'en'): string {
  const zh = locale === 'zh';
  const parts = [where.file];
  if (where.entry) parts.push(where.entry);
  if (where.line !== undefined) {
    parts.push(
      zh
        ? `第 ${where.line} 行第 ${where.column} 列`
        : `line ${where.line}, column ${where.column}`,
    );
  }
  if (where.feature) parts.push(zh ? `要素 ${where.feature}` : `feature ${where.feature}`);
  if (where.property) parts.push(zh ? `属性 ${where.property}` : `property ${where.property}`);
  if (where.path) parts.push(where.path);
  return parts.join(' › ');
}

// Chinese wording of the validator's rules; its English messages carry the details.
const VALIDATOR_ZH: Partial<Record<ImportRule, string>> = {
  'feature-invalid': '不是 GeoJSON 要素(Feature)',
  'geometry-invalid': '几何对象无效',
  'coord-not-number': '坐标为空或不是两个有限数值(如 NaN、null)',
  'coord-out-of-range': '坐标超出该坐标系的范围',
  'coord-projected': '文件声明为经纬度,坐标却是米制投影坐标',
  'coord-not-projected': '文件声明为投影坐标(米),坐标却是经纬度',
  'coord-swapped': '纬度与经度颠倒(应为 [经度, 纬度])',
  'ring-unclosed': '多边形环未闭合(首尾坐标不同)',
  'ring-too-short': '多边形环少于 4 个坐标',
  'frame-unknown': '文件声明的坐标系不受支持',
};

/** The coordinate path and a Chinese rendering of the details of a validator message. */
function splitDetail(message: string): { path?: string; zh?: string } {
  let m = /^(.+?) is (.+?): /.exec(message);
  if (m) return { path: m[1]!, zh: `${m[1]} 为 ${m[2]}` };
  m = /^(.+?) is empty or not a list of positions$/.exec(message);
  if (m) return { path: m[1]!, zh: `${m[1]} 为空或不是坐标列表` };
  m = /^(.+?): first position (.+) ≠ last (.+)$/.exec(message);
  if (m) return { path: m[1]!, zh: `${m[1]} 首坐标 ${m[2]} ≠ 尾坐标 ${m[3]}` };
  m = /^(.+?) has (\d+) positions/.exec(message);
  if (m) return { path: m[1]!, zh: `${m[1]} 只有 ${m[2]} 个坐标` };
  return {};
}

/**
 * Turns a validator issue into an import issue for one feature: the coordinate path the
 * validator's message starts with goes into `where`, and the Chinese message is the rule's
 * wording plus the values (the English message is the validator's own).
 */
export function fromDataIssue(issue: DataIssue, where: ImportWhere): ImportIssue {
  const rule = issue.rule as ImportRule;
  const { path, zh } = splitDetail(issue.message);
  const base = VALIDATOR_ZH[rule] ?? issue.rule;
  return {
    rule,
    where: path ? { ...where, path } : where,
    message: { zh: zh ? `${base}:${zh}` : `${base}(${issue.message})`, en: issue.message },
  };
}
