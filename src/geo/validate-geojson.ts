import type { Feature, FeatureCollection, Position } from 'geojson';
import { isGeographicFrame, parseFrameName } from './frames.ts';
import { type Frame } from '../model/frames.ts';

/** One problem found in an input file: which file, which feature, which rule, and why. */
export interface DataIssue {
  file: string;
  /** The feature's id, or `#<index>` when it has none; empty for file-level problems. */
  feature: string;
  rule: DataRule;
  message: string;
  /** The property the issue is about (`property-invalid`, warnings), e.g. `type`. */
  property?: string;
  /** The value given, where it is not one of the allowed values. */
  value?: string | number;
  /** The values allowed, where the value given is not one of them. */
  allowed?: readonly string[];
}

/** The rules a dataset can break; names are stable so tests and docs can refer to them. */
export type DataRule =
  | 'json-invalid'
  | 'not-feature-collection'
  | 'feature-invalid'
  | 'geometry-invalid'
  | 'id-missing'
  | 'id-duplicate'
  | 'frame-undeclared'
  | 'frame-unknown'
  | 'coord-not-number'
  | 'coord-out-of-range'
  | 'coord-projected'
  | 'coord-not-projected'
  | 'coord-swapped'
  | 'ring-unclosed'
  | 'ring-too-short'
  // Feature schemas (`featureSchema` in the metadata): wrong geometry type, bad properties.
  | 'geometry-type'
  | 'property-invalid'
  // Dataset-level rules, raised by the data build around these checks.
  | 'meta-invalid'
  | 'meta-dependency'
  | 'source-missing'
  | 'derive-failed'
  // Warnings: the build goes on, and says what looks wrong.
  | 'property-contradiction'
  | 'provenance-text';

/** Prints an issue as one line a person can act on: `file › feature 520115 › rule: message`. */
export function formatDataIssue(issue: DataIssue): string {
  const where = issue.feature ? `${issue.file} › feature ${issue.feature}` : issue.file;
  return `${where} › ${issue.rule}: ${issue.message}`;
}

/** Options of {@link formatDataIssueReport}. */
export interface ReportOptions {
  /** Issues printed in full per group; default 3. */
  perGroup?: number;
  /** Distinct values listed per group ("found: …"); default 8. */
  values?: number;
}

/** The issues of one file, rule and property, for the report. */
interface IssueGroup {
  file: string;
  rule: DataRule;
  property?: string;
  issues: DataIssue[];
}

const showValue = (v: string | number) => (typeof v === 'string' ? `"${v}"` : String(v));

/**
 * Many issues as a report a person can read to the end: one group per file, rule and property
 * (most frequent first within a file) with its count, the allowed values and the values found
 * where a value is not allowed, then the first few issues of the group in full
 * (`file › feature <id> › rule: message`) and how many more there are. A city file with 40 000
 * bad features prints a few dozen lines, not 40 000.
 */
export function formatDataIssueReport(
  issues: readonly DataIssue[],
  options: ReportOptions = {},
): string[] {
  const perGroup = options.perGroup ?? 3;
  const valuesShown = options.values ?? 8;
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key = JSON.stringify([issue.file, issue.rule, issue.property ?? null]);
    let group = groups.get(key);
    if (!group) {
      group = { file: issue.file, rule: issue.rule, property: issue.property, issues: [] };
      groups.set(key, group);
    }
    group.issues.push(issue);
  }
  const files = [...new Set([...groups.values()].map((g) => g.file))];
  const ordered = files.flatMap((file) =>
    [...groups.values()]
      .filter((g) => g.file === file)
      .sort((a, b) => b.issues.length - a.issues.length),
  );
  const count = (n: number) => n.toLocaleString('en');
  return ordered.flatMap((group) => {
    const n = group.issues.length;
    const features = new Set(group.issues.map((i) => i.feature).filter(Boolean)).size;
    const what = features === n ? `${count(n)} feature${n === 1 ? '' : 's'}` : `${count(n)}×`;
    const lines = [
      `${group.file} › ${group.rule}${group.property ? ` (${group.property})` : ''}: ${what}`,
    ];
    const allowed = group.issues.find((i) => i.allowed)?.allowed;
    if (allowed) {
      lines.push(`  allowed: ${allowed.join(', ')}`);
      const found = new Map<string | number, number>();
      for (const i of group.issues)
        if (i.value !== undefined) found.set(i.value, (found.get(i.value) ?? 0) + 1);
      const top = [...found].sort((a, b) => b[1] - a[1]);
      const listed = top.slice(0, valuesShown).map(([v, k]) => `${showValue(v)} (${count(k)})`);
      if (top.length > valuesShown) listed.push(`${count(top.length - valuesShown)} other values`);
      if (listed.length) lines.push(`  found: ${listed.join(', ')}`);
    }
    for (const issue of group.issues.slice(0, perGroup)) lines.push(`  ${formatDataIssue(issue)}`);
    if (n > perGroup) lines.push(`  … and ${count(n - perGroup)} more`);
    return lines;
  });
}

/** The offset of the first character that cannot continue valid JSON, if there is one. */
function jsonErrorOffset(text: string): number | undefined {
  const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  // Lax inside strings: V8 already gives a position for bad escapes and control characters.
  const string = /"(?:[^"\\]|\\.)*"/y;
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const match = (re: RegExp) => {
    re.lastIndex = i;
    if (!re.test(text)) throw i;
    i = re.lastIndex;
  };
  const items = (close: string, item: () => void) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      ws();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') throw i;
      i++;
    }
  };
  const value = (): void => {
    ws();
    if (text[i] === '{') {
      items('}', () => {
        ws();
        match(string);
        ws();
        if (text[i] !== ':') throw i;
        i++;
        value();
      });
    } else if (text[i] === '[') items(']', value);
    else if (text[i] === '"') match(string);
    else match(literal);
  };
  try {
    value();
    ws();
    return i < text.length ? i : undefined;
  } catch (offset) {
    return offset as number;
  }
}

/** A JSON syntax error in words of both languages, and where it is. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  zh: string;
  en: string;
}

/** What is wrong at `offset`, said without the engine's own (English-only) message. */
function describeJsonError(text: string, offset: number): { zh: string; en: string } {
  const i = offset;
  if (text.slice(i).trim() === '') {
    return {
      zh: '文件意外结束,可能缺少 “]” 或 “}”,或文件不完整',
      en: 'the file ends too early: a "]" or "}" may be missing, or the file is cut short',
    };
  }
  const char = String.fromCodePoint(text.codePointAt(i)!);
  let before = offset - 1;
  while (before >= 0 && ' \t\n\r'.includes(text[before]!)) before--;
  if ((char === '}' || char === ']') && text[before] === ',') {
    return {
      zh: `“${char}” 前多了一个逗号(JSON 不允许末尾逗号)`,
      en: `a comma before "${char}" (JSON allows no trailing comma)`,
    };
  }
  if (text[i - 1] === '\\') {
    return {
      zh: `无效的转义“\\${char}”(JSON 只有 \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`,
      en: `an invalid escape "\\${char}" (JSON has only \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`,
    };
  }
  if (char === '"') {
    return { zh: '字符串缺少结尾的双引号', en: 'a string lacks its closing double quote' };
  }
  if (char === "'") {
    return {
      zh: 'JSON 的字符串须用双引号,不能用单引号',
      en: 'JSON strings take double quotes, not single quotes',
    };
  }
  const code = char.codePointAt(0)!;
  if (code < 0x20) {
    const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return {
      zh: `字符串中有未转义的控制字符 ${name}(如换行、制表符)`,
      en: `an unescaped control character ${name} (such as a line break or tab) inside a string`,
    };
  }
  const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 40))?.[0];
  if (word) {
    return {
      zh: `出现了 JSON 没有的词“${word}”:字符串须加双引号,数值须是有限数`,
      en: `"${word}" is not JSON: strings need double quotes, numbers must be finite`,
    };
  }
  return { zh: `此处不应出现“${char}”`, en: `"${char}" cannot appear here` };
}

/** Parses JSON text, turning a syntax error into a {@link DataIssue} with line and column. */
export function parseJsonText(
  text: string,
  file: string,
): { value: unknown } | { issue: DataIssue; syntax?: JsonSyntaxError } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    // Our own scan finds most offsets (V8 gives none for "Unexpected token"); V8's position
    // covers what the scan is lax about (escapes and control characters inside strings).
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const offset = jsonErrorOffset(text) ?? (at ? Number(at[1]) : undefined);
    if (offset === undefined) {
      return { issue: { file, feature: '', rule: 'json-invalid', message } };
    }
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const { zh, en } = describeJsonError(text, offset);
    return {
      issue: {
        file,
        feature: '',
        rule: 'json-invalid',
        message: `${en} (line ${line}, column ${column})`,
      },
      syntax: { line, column, zh, en },
    };
  }
}

interface ValidateOptions {
  file: string;
  /** The frame declared by the dataset's metadata; a `crs` member in the file also counts. */
  frame?: Frame | undefined;
  /** Whether every feature must carry a unique id (top-level `id` or `properties.id`). */
  requireIds?: boolean;
}

/** The id a feature is known by: its top-level `id`, else `properties.id`. */
export function featureIdOf(feature: Feature): string | undefined {
  const raw = feature.id ?? (feature.properties?.id as unknown);
  return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
}

/** Reads the frame a file declares in its (pre-RFC 7946) `crs` member, if any. */
export function declaredFrameOf(json: unknown): { frame?: Frame; name?: string } {
  const name = (json as { crs?: { properties?: { name?: unknown } } })?.crs?.properties?.name;
  if (typeof name !== 'string') return {};
  return { frame: parseFrameName(name), name };
}

type PositionCheck = (p: Position, path: string) => { rule: DataRule; message: string } | null;

function positionCheck(frame: Frame): PositionCheck {
  if (isGeographicFrame(frame)) {
    return (p, path) => {
      const [x, y] = p as [number, number];
      if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return null;
      if (Math.abs(x) > 1000 || Math.abs(y) > 1000) {
        return {
          rule: 'coord-projected',
          message: `${path} is [${x}, ${y}]: metres in a file declared as degrees (${frame})`,
        };
      }
      if (Math.abs(x) <= 90 && Math.abs(y) <= 180) {
        return {
          rule: 'coord-swapped',
          message: `${path} is [${x}, ${y}]: latitude and longitude look swapped`,
        };
      }
      return { rule: 'coord-out-of-range', message: `${path} is [${x}, ${y}]: not degrees` };
    };
  }
  // Gauss–Krüger eastings: 0–1 000 km, with the zone number prefixed in EPSG:4523/4524
  // (35/36 × 10^6 m) and only there: a prefix in the wrong frame sends proj4 to Infinity.
  const zonePrefix = frame === 'EPSG:4523' ? 35e6 : frame === 'EPSG:4524' ? 36e6 : 0;
  return (p, path) => {
    const [x, y] = p as [number, number];
    // Checked first: degrees also fall inside the easting and northing ranges below.
    if (Math.abs(x) <= 180 && Math.abs(y) <= 90) {
      return {
        rule: 'coord-not-projected',
        message: `${path} is [${x}, ${y}]: degrees in a file declared as metres (${frame})`,
      };
    }
    const eastingOk = x > zonePrefix && x < zonePrefix + 1e6;
    const northingOk = y > 0 && y < 1e7;
    if (eastingOk && northingOk) return null;
    return { rule: 'coord-out-of-range', message: `${path} is [${x}, ${y}]: outside ${frame}` };
  };
}

function isPosition(value: unknown): value is Position {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

/**
 * Checks a parsed GeoJSON value against the project's data rules and returns every
 * problem found (an empty list means the file is usable). Pure: no I/O, no mutation.
 */
export function validateGeojson(json: unknown, options: ValidateOptions): DataIssue[] {
  const { file } = options;
  const issues: DataIssue[] = [];
  const fileIssue = (rule: DataRule, message: string) =>
    issues.push({ file, feature: '', rule, message });

  const collection = json as FeatureCollection;
  if (
    !collection ||
    typeof collection !== 'object' ||
    collection.type !== 'FeatureCollection' ||
    !Array.isArray(collection.features)
  ) {
    fileIssue(
      'not-feature-collection',
      'expected {"type": "FeatureCollection", "features": [...]}',
    );
    return issues;
  }
  const declared = declaredFrameOf(json);
  if (declared.name && !declared.frame) {
    fileIssue('frame-unknown', `crs "${declared.name}" is not a supported frame`);
    return issues;
  }
  const frame = options.frame ?? declared.frame;
  if (!frame) {
    fileIssue('frame-undeclared', 'no frame: set "frame" in the metadata file or a "crs" member');
    return issues;
  }
  const check = positionCheck(frame);
  const seen = new Set<string>();

  collection.features.forEach((feature, index) => {
    const id = feature && typeof feature === 'object' ? featureIdOf(feature) : undefined;
    const label = id ?? `#${index}`;
    const add = (rule: DataRule, message: string) =>
      issues.push({ file, feature: label, rule, message });
    if (!feature || feature.type !== 'Feature' || typeof feature !== 'object') {
      add('feature-invalid', `features[${index}] is not a GeoJSON Feature`);
      return;
    }
    if (options.requireIds !== false) {
      if (id === undefined) add('id-missing', `features[${index}] has no "id" (or properties.id)`);
      else if (seen.has(id)) add('id-duplicate', `id "${id}" is used by more than one feature`);
      else seen.add(id);
    }
    validateGeometry(feature.geometry, check, add);
  });
  return issues;
}

function validateGeometry(
  geometry: unknown,
  check: PositionCheck,
  add: (rule: DataRule, message: string) => void,
): void {
  if (geometry === null) return; // RFC 7946 allows features without geometry
  if (geometry === undefined) return add('geometry-invalid', 'no "geometry" member (null if none)');
  const g = geometry as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  const positions = (value: unknown, path: string): boolean => {
    if (!Array.isArray(value) || value.length === 0) {
      add('coord-not-number', `${path} is empty or not a list of positions`);
      return false;
    }
    for (let i = 0; i < value.length; i++) {
      const p: unknown = value[i];
      if (!isPosition(p)) {
        add('coord-not-number', `${path}[${i}] is ${JSON.stringify(p)}: not two finite numbers`);
        return false;
      }
      const problem = check(p, `${path}[${i}]`);
      if (problem) {
        add(problem.rule, problem.message);
        return false;
      }
    }
    return true;
  };
  const ring = (value: unknown, path: string) => {
    if (!positions(value, path)) return;
    const r = value as Position[];
    if (r.length < 4) add('ring-too-short', `${path} has ${r.length} positions; a ring needs 4`);
    const first = r[0]!;
    const last = r[r.length - 1]!;
    if (first[0] !== last[0] || first[1] !== last[1]) {
      add(
        'ring-unclosed',
        `${path}: first position ${JSON.stringify(first)} ≠ last ${JSON.stringify(last)}`,
      );
    }
  };
  // RFC 7946 §3.1.4: a line string has two or more positions; one position has no length.
  const line = (value: unknown, path: string) => {
    if (positions(value, path) && (value as Position[]).length < 2)
      add('geometry-invalid', `${path} has 1 position; a line needs 2`);
  };
  const list = (value: unknown, path: string, each: (v: unknown, p: string) => void) => {
    if (!Array.isArray(value)) return add('geometry-invalid', `${path} is not an array`);
    value.forEach((v, i) => each(v, `${path}[${i}]`));
  };
  switch (g.type) {
    case 'Point':
      positions([g.coordinates], 'Point');
      return;
    case 'MultiPoint':
      positions(g.coordinates, g.type);
      return;
    case 'LineString':
      line(g.coordinates, 'LineString');
      return;
    case 'MultiLineString':
      return list(g.coordinates, 'MultiLineString', line);
    case 'Polygon':
      return list(g.coordinates, 'Polygon ring', ring);
    case 'MultiPolygon':
      return list(g.coordinates, 'MultiPolygon', (poly, p) => list(poly, `${p} ring`, ring));
    case 'GeometryCollection':
      return list(g.geometries, 'GeometryCollection', (child) =>
        validateGeometry(child, check, add),
      );
    default:
      add('geometry-invalid', `geometry type ${JSON.stringify(g.type)} is not GeoJSON`);
  }
}
