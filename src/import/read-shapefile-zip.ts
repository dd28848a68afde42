import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { Feature, FeatureCollection } from 'geojson';
import { open } from 'shapefile';
import { importIssue, type ImportIssue } from './import-issue.ts';
import type { ReadOutcome } from './read-geojson-text.ts';

/** What a zipped shapefile holds once read (coordinates as stored, frame not applied). */
export interface ShapefileRead {
  collection: FeatureCollection;
  prj?: { entry: string; text: string };
  /** The text encoding of the attributes, and how it was decided. */
  encoding: { label: string; source: 'cpg' | 'ldid' | 'heuristic' };
  entries: { shp: string; dbf: string };
  warnings: ImportIssue[];
}

/** Options of {@link readShapefileZip}. */
export interface ShapefileZipOptions {
  /** Limit on the declared uncompressed size of the entries read (zip-bomb guard). */
  maxExpandedBytes: number;
  /** Called with 0–1 while records are read. */
  onProgress?: (fraction: number) => void;
}

const MB = 1024 * 1024;
const mb = (bytes: number) => (bytes / MB).toFixed(1);

/** Why an entry name is unsafe (zip slip and friends), or undefined when it is fine. */
function unsafeName(name: string): [string, string] | undefined {
  if (name.includes('\\')) return ['含反斜杠', 'contains a backslash'];
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return ['是绝对路径', 'is an absolute path'];
  if (name.split('/').includes('..')) return ['含 ..', 'contains ..'];
  if (/[\u0000-\u001f]/.test(name)) return ['含控制字符', 'contains control characters']; // eslint-disable-line no-control-regex -- the point of the check
  return undefined;
}

// Labels as .cpg files write them, to TextDecoder's; most Chinese tools write GBK as 936.
const CPG_LABELS: Record<string, string> = {
  utf8: 'utf-8',
  '65001': 'utf-8',
  gbk: 'gbk',
  '936': 'gbk',
  cp936: 'gbk',
  ansi936: 'gbk',
  windows936: 'gbk',
  gb2312: 'gbk',
  gb18030: 'gb18030',
  '54936': 'gb18030',
  big5: 'big5',
  '950': 'big5',
  cp950: 'big5',
};

function cpgLabel(text: string): string | undefined {
  const raw = text.trim();
  const known = CPG_LABELS[raw.toLowerCase().replace(/[^a-z0-9]/g, '')];
  if (known) return known;
  try {
    return new TextDecoder(raw).encoding;
  } catch {
    return undefined;
  }
}

/**
 * The attribute encoding: the .cpg if there is one; else the DBF's language driver byte
 * (0x4D/0x7A = GBK code page 936); else the bytes themselves: GBK decoded as UTF-8 yields
 * replacement characters for most of its non-ASCII bytes, real UTF-8 none or almost none.
 */
function dbfEncoding(dbf: Uint8Array, cpg: string | undefined): ShapefileRead['encoding'] {
  if (cpg !== undefined) {
    const label = cpgLabel(cpg);
    if (label) return { label, source: 'cpg' };
  }
  const ldid = dbf[29];
  if (ldid === 0x4d || ldid === 0x7a) return { label: 'gbk', source: 'ldid' };
  const text = new TextDecoder('utf-8').decode(dbf.subarray(32));
  let replaced = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c > 0x7f) nonAscii++;
  }
  const utf8 = replaced <= Math.max(1, nonAscii * 0.01);
  return { label: utf8 ? 'utf-8' : 'gbk', source: 'heuristic' };
}

/** The first attribute (name or text value) holding U+FFFD, the mark of a wrong decoding. */
function garbledProperty(features: Feature[]): { index: number; property: string } | undefined {
  for (let index = 0; index < Math.min(features.length, 1000); index++) {
    for (const [key, value] of Object.entries(features[index]!.properties ?? {})) {
      if (key.includes('\ufffd') || (typeof value === 'string' && value.includes('\ufffd'))) {
        return { index, property: key };
      }
    }
  }
  return undefined;
}

/**
 * Gives every DBF field a stand-in name (`F1`, `F2`, …) in the header, in place, and returns
 * the real names decoded as the reader would. The shapefile reader builds each record with
 * `record[name] = value`: a field named `__proto__` would set the record's prototype instead
 * of a property, and a repeated name (two names cut to the same 10 characters) would
 * overwrite the first field. Records are rebuilt from the real names afterwards, a repeated
 * name with a `_2`, `_3` suffix.
 */
function standInFieldNames(dbf: Uint8Array, label: string): { names: string[]; renamed: string[] } {
  const decoder = new TextDecoder(label);
  const headerEnd = Math.min(dbf.length, dbf[8]! | (dbf[9]! << 8));
  const names: string[] = [];
  const renamed: string[] = [];
  const seen = new Set<string>();
  for (let n = 32; n + 32 <= headerEnd && dbf[n] !== 0x0d; n += 32) {
    let j = 0;
    while (j < 11 && dbf[n + j] !== 0) j++;
    const original = decoder.decode(dbf.subarray(n, n + j));
    let name = original;
    for (let k = 2; seen.has(name); k++) name = `${original}_${k}`;
    if (name !== original) renamed.push(`${original} → ${name}`);
    seen.add(name);
    names.push(name);
    const standIn = `F${names.length}`;
    dbf.fill(0, n, n + 11);
    for (let c = 0; c < standIn.length; c++) dbf[n + c] = standIn.charCodeAt(c);
  }
  return { names, renamed };
}

const stemOf = (name: string) => name.replace(/\.[^./]*$/, '').toLowerCase();
const extOf = (name: string) => /\.([^./]*)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * Reads a zipped shapefile: lists the entries without inflating any, rejects unsafe names
 * and a total declared size beyond the limit, then inflates only the .shp, .dbf, .prj and
 * .cpg of the first shapefile. fflate inflates an entry into a buffer of its declared size,
 * so an entry lying about its size cannot take more memory than it declares.
 */
export async function readShapefileZip(
  bytes: Uint8Array,
  file: string,
  options: ShapefileZipOptions,
): Promise<ReadOutcome<ShapefileRead>> {
  const fail = (...errors: ImportIssue[]) => ({ ok: false as const, errors });
  const listed: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, { filter: (info) => (listed.push(info), false) });
  } catch (error) {
    return fail(
      importIssue(
        'zip-invalid',
        { file },
        `不是有效的 zip 压缩包:${(error as Error).message}`,
        `Not a valid zip archive: ${(error as Error).message}`,
      ),
    );
  }
  const unsafe = listed.flatMap((info) => {
    const why = unsafeName(info.name);
    return why
      ? [
          importIssue(
            'zip-unsafe-path',
            { file, entry: info.name },
            `压缩包条目“${info.name}”的路径不安全(${why[0]}),整个文件已拒绝`,
            `The zip entry "${info.name}" has an unsafe path (it ${why[1]}); the whole file is refused`,
          ),
        ]
      : [];
  });
  if (unsafe.length) return fail(...unsafe);

  // macOS adds resource forks (__MACOSX/, ._name) that share the shapefile's extensions.
  const entries = listed.filter(
    (info) =>
      !info.name.endsWith('/') &&
      !info.name.startsWith('__MACOSX/') &&
      !/(^|\/)\._/.test(info.name),
  );
  const names = entries.map((e) => e.name);
  const listing = names.slice(0, 8).join(', ') + (names.length > 8 ? ', …' : '');
  const shps = entries
    .filter((e) => extOf(e.name) === 'shp')
    .sort((a, b) => a.name.localeCompare(b.name));
  const shp = shps[0];
  if (!shp) {
    return fail(
      importIssue(
        'zip-missing-shp',
        { file },
        `压缩包里没有 .shp 文件(内有:${listing || '无'});shapefile 需要 .shp、.dbf,最好还有 .prj`,
        `The zip holds no .shp file (it holds: ${listing || 'nothing'}); a shapefile needs .shp and .dbf, and preferably .prj`,
      ),
    );
  }
  const sibling = (ext: string) =>
    entries.find((e) => extOf(e.name) === ext && stemOf(e.name) === stemOf(shp.name));
  const dbf = sibling('dbf');
  if (!dbf) {
    return fail(
      importIssue(
        'zip-missing-dbf',
        { file, entry: shp.name },
        `压缩包里缺少与 ${shp.name} 同名的 .dbf 属性文件`,
        `The zip lacks the .dbf attribute file named like ${shp.name}`,
      ),
    );
  }
  const prj = sibling('prj');
  const cpg = sibling('cpg');
  const chosen = [shp, dbf, prj, cpg].filter((e): e is UnzipFileInfo => e !== undefined);
  const total = chosen.reduce((sum, e) => sum + e.originalSize, 0);
  if (total > options.maxExpandedBytes) {
    const biggest = chosen.reduce((a, b) => (b.originalSize > a.originalSize ? b : a));
    return fail(
      importIssue(
        'zip-too-large',
        { file, entry: biggest.name },
        `压缩包条目解压后共 ${mb(total)} MB(${biggest.name} 为 ${mb(biggest.originalSize)} MB),超过上限 ${mb(options.maxExpandedBytes)} MB,可能是“压缩炸弹”;未解压`,
        `The zip entries would expand to ${mb(total)} MB (${biggest.name}: ${mb(biggest.originalSize)} MB), beyond the ${mb(options.maxExpandedBytes)} MB limit — possibly a zip bomb; nothing was inflated`,
      ),
    );
  }

  const warnings: ImportIssue[] = [];
  if (shps.length > 1) {
    const others = shps
      .slice(1)
      .map((e) => e.name)
      .join(', ');
    warnings.push(
      importIssue(
        'zip-several-shapefiles',
        { file, entry: shp.name },
        `压缩包有 ${shps.length} 个 shapefile,只导入了 ${shp.name};其余(${others})请分别打包导入`,
        `The zip holds ${shps.length} shapefiles; only ${shp.name} was imported — zip the others (${others}) separately`,
      ),
    );
  }
  let files: Record<string, Uint8Array>;
  try {
    const wanted = new Set(chosen.map((e) => e.name));
    files = unzipSync(bytes, { filter: (info) => wanted.has(info.name) });
  } catch (error) {
    return fail(
      importIssue(
        'zip-invalid',
        { file },
        `压缩包无法解压:${(error as Error).message}`,
        `The zip cannot be inflated: ${(error as Error).message}`,
      ),
    );
  }
  const dbfBytes = files[dbf.name]!;
  const text = (entry?: UnzipFileInfo) =>
    entry ? new TextDecoder().decode(files[entry.name]) : undefined;
  const encoding = dbfEncoding(dbfBytes, text(cpg));
  if (encoding.source === 'heuristic' && encoding.label === 'gbk') {
    warnings.push(
      importIssue(
        'dbf-encoding',
        { file, entry: dbf.name },
        '没有 .cpg 编码文件,按内容判断属性为 GBK 编码;如中文显示为乱码,请附上 .cpg',
        'No .cpg encoding file: the attributes were judged to be GBK from their bytes; if Chinese text looks garbled, add a .cpg',
      ),
    );
  }

  const features: Feature[] = [];
  const records =
    (dbfBytes[4]! | (dbfBytes[5]! << 8) | (dbfBytes[6]! << 16)) + dbfBytes[7]! * 2 ** 24;
  const fields = standInFieldNames(dbfBytes, encoding.label);
  if (fields.renamed.length) {
    warnings.push(
      importIssue(
        'dbf-duplicate-field',
        { file, entry: dbf.name },
        `属性表有重名字段,已加后缀区分(其值都已保留):${fields.renamed.join('、')}`,
        `The attribute table repeats field names; they were told apart with a suffix (every value is kept): ${fields.renamed.join(', ')}`,
      ),
    );
  }
  try {
    const source = await open(files[shp.name]!, dbfBytes, { encoding: encoding.label });
    for (;;) {
      const record = await source.read();
      if (record.done) break;
      const read = record.value.properties as Record<string, unknown> | null;
      // fromEntries defines own properties, so any real name (even "__proto__") is kept.
      const properties = Object.fromEntries(
        fields.names.map((name, i) => [name, read?.[`F${i + 1}`] ?? null]),
      );
      features.push({ ...record.value, properties });
      if (features.length % 2000 === 0)
        options.onProgress?.(Math.min(1, features.length / Math.max(1, records)));
    }
  } catch (error) {
    return fail(
      importIssue(
        'shp-invalid',
        { file, entry: shp.name, feature: `#${features.length}` },
        `读取 shapefile 第 ${features.length} 条记录时出错:${(error as Error).message}`,
        `Reading record ${features.length} of the shapefile failed: ${(error as Error).message}`,
      ),
    );
  }
  options.onProgress?.(1);
  const garbled = garbledProperty(features);
  if (garbled) {
    warnings.push(
      importIssue(
        'dbf-encoding',
        { file, entry: dbf.name, feature: `#${garbled.index}`, property: garbled.property },
        `按 ${encoding.label} 解码后属性中有无法识别的字符(如要素 #${garbled.index} 的 ${garbled.property});编码可能不对,请附上 .cpg 文件`,
        `Decoded as ${encoding.label}, attributes hold unreadable characters (e.g. ${garbled.property} of feature #${garbled.index}); the encoding may be wrong: add a .cpg file`,
      ),
    );
  }
  return {
    ok: true,
    collection: { type: 'FeatureCollection', features },
    ...(prj ? { prj: { entry: prj.name, text: text(prj)! } } : {}),
    encoding,
    entries: { shp: shp.name, dbf: dbf.name },
    warnings,
  };
}
