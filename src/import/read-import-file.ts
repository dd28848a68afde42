import type { FeatureCollection } from 'geojson';
import { parsePrj } from '../geo/parse-prj.ts';
import { importIssue, type ImportIssue } from './import-issue.ts';
import { readGeojsonText, type ReadOutcome } from './read-geojson-text.ts';
import { readShapefileZip } from './read-shapefile-zip.ts';
import { type Frame } from '../model/frames.ts';

/** A file read into features, before any frame is applied. */
export interface ImportFile {
  format: 'geojson' | 'shapefile';
  collection: FeatureCollection;
  /** The frame the file names (GeoJSON `crs` or shapefile `.prj`). */
  declared?: { frame: Frame; name: string; source: 'crs' | 'prj' };
  /** The .shp entry of a zip, for messages. */
  entry?: string;
  /** Attribute text encoding of a shapefile. */
  encoding?: string;
  warnings: ImportIssue[];
}

const extOf = (name: string) => /\.([^./\\]*)$/.exec(name)?.[1]?.toLowerCase() ?? '';
const WHITESPACE_OR_BOM = new Set([0x20, 0x0a, 0x0d, 0x09, 0xef, 0xbb, 0xbf]);

/**
 * Reads a dropped file by what it is (zip signature or extension, else a leading `{`/`[`):
 * a zipped shapefile with its .prj, or GeoJSON with its `crs`. A lone part of a shapefile
 * gets a message saying to zip the parts together.
 */
export async function readImportFile(
  fileName: string,
  bytes: Uint8Array,
  options: { maxExpandedBytes: number; onProgress?: (fraction: number) => void },
): Promise<ReadOutcome<ImportFile>> {
  const file = fileName;
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
  const ext = extOf(file);
  if (zip || ext === 'zip') {
    const read = await readShapefileZip(bytes, file, options);
    if (!read.ok) return read;
    let declared: ImportFile['declared'];
    if (read.prj) {
      const prj = parsePrj(read.prj.text);
      if (!prj.ok) {
        const where = { file, entry: read.prj.entry };
        return {
          ok: false,
          errors: [importIssue('prj-unknown-frame', where, prj.reason.zh, prj.reason.en)],
        };
      }
      declared = { frame: prj.frame, name: prj.name, source: 'prj' };
    }
    return {
      ok: true,
      format: 'shapefile',
      collection: read.collection,
      ...(declared ? { declared } : {}),
      entry: read.entries.shp,
      encoding: read.encoding.label,
      warnings: read.warnings,
    };
  }
  const first = bytes.find((b) => !WHITESPACE_OR_BOM.has(b));
  if (['geojson', 'json'].includes(ext) || first === 0x7b || first === 0x5b) {
    const read = readGeojsonText(bytes, file);
    if (!read.ok) return read;
    return {
      ok: true,
      format: 'geojson',
      collection: read.collection,
      ...(read.declared ? { declared: { ...read.declared, source: 'crs' as const } } : {}),
      warnings: read.warnings,
    };
  }
  const issue = ['shp', 'dbf', 'shx', 'prj', 'cpg'].includes(ext)
    ? importIssue(
        'file-type-unknown',
        { file },
        `这是 shapefile 的单个 .${ext} 文件:请把 .shp、.dbf、.prj(及 .cpg)一起压缩成 .zip 再导入`,
        `This is the single .${ext} file of a shapefile: zip the .shp, .dbf, .prj (and .cpg) together and import the .zip`,
      )
    : importIssue(
        'file-type-unknown',
        { file },
        '无法识别的文件类型:支持 GeoJSON(.geojson、.json)和压缩的 shapefile(.zip)',
        'Unrecognised file type: GeoJSON (.geojson, .json) and zipped shapefiles (.zip) are supported',
      );
  return { ok: false, errors: [issue] };
}
