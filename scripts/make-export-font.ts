/**
 * Writes `public/fonts/export-sc.otf`: the CJK font that PDF exports embed, a subset of Noto
 * Sans CJK SC (SIL OFL 1.1, from Debian's fonts-noto-cjk, which the tests need anyway) holding
 * ASCII, the GB2312 symbols and level-1 hanzi, and every character of the plan and interface
 * text. Run it again after the plan or the dictionaries gain characters:
 *   tsx scripts/make-export-font.ts [path/to/NotoSansCJK-Regular.ttc]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

// subset-font (harfbuzz's hb-subset as WebAssembly) ships no types: its one function, typed here.
const subsetFont = createRequire(import.meta.url)('subset-font') as (
  font: Buffer,
  text: string,
  options: { targetFormat: 'truetype'; dropTables: string[] },
) => Promise<Buffer>;

const SOURCE = process.argv[2] ?? '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const FACE = 'NotoSansCJKsc-Regular';
const OUT = 'public/fonts/export-sc.otf';

/** Copies one face of a TrueType/OpenType collection into a standalone sfnt file. */
export function extractFace(ttc: Buffer, postscriptName: string): Buffer {
  if (ttc.toString('latin1', 0, 4) !== 'ttcf') return ttc;
  const count = ttc.readUInt32BE(8);
  for (let i = 0; i < count; i++) {
    const at = ttc.readUInt32BE(12 + 4 * i);
    const numTables = ttc.readUInt16BE(at + 4);
    const records = Array.from({ length: numTables }, (_, t) => {
      const r = at + 12 + 16 * t;
      return {
        tag: ttc.toString('latin1', r, r + 4),
        checksum: ttc.readUInt32BE(r + 4),
        offset: ttc.readUInt32BE(r + 8),
        length: ttc.readUInt32BE(r + 12),
      };
    });
    if (!facePostscriptName(ttc, records).includes(postscriptName)) continue;
    const header = Buffer.alloc(12 + 16 * numTables);
    ttc.copy(header, 0, at, at + 12);
    const bodies: Buffer[] = [];
    let offset = header.length;
    records.forEach((r, t) => {
      header.write(r.tag, 12 + 16 * t, 'latin1');
      header.writeUInt32BE(r.checksum, 12 + 16 * t + 4);
      header.writeUInt32BE(offset, 12 + 16 * t + 8);
      header.writeUInt32BE(r.length, 12 + 16 * t + 12);
      const padded = Buffer.alloc((r.length + 3) & ~3); // tables start on 4-byte boundaries
      ttc.copy(padded, 0, r.offset, r.offset + r.length);
      bodies.push(padded);
      offset += padded.length;
    });
    return Buffer.concat([header, ...bodies]);
  }
  throw new Error(`${SOURCE}: no face named ${postscriptName}`);
}

/** The PostScript name (name id 6) of a face, read from its `name` table. */
function facePostscriptName(
  file: Buffer,
  records: { tag: string; offset: number; length: number }[],
): string {
  const name = records.find((r) => r.tag === 'name');
  if (!name) return '';
  const count = file.readUInt16BE(name.offset + 2);
  const strings = name.offset + file.readUInt16BE(name.offset + 4);
  for (let i = 0; i < count; i++) {
    const r = name.offset + 6 + 12 * i;
    if (file.readUInt16BE(r + 6) !== 6) continue;
    const length = file.readUInt16BE(r + 8);
    const start = strings + file.readUInt16BE(r + 10);
    return file.toString('latin1', start, start + length).replace(/\0/g, '');
  }
  return '';
}

/** ASCII, the GB2312 symbol rows and its 3,755 level-1 hanzi: enough for most imported names. */
function gb2312Common(): string {
  const decoder = new TextDecoder('gb18030');
  let text = '';
  for (let c = 0x20; c < 0x7f; c++) text += String.fromCharCode(c);
  const rows = [0xa1, 0xa2, 0xa3, 0xa4, 0xa6, 0xa8];
  for (let hi = 0xb0; hi <= 0xd7; hi++) rows.push(hi);
  for (const hi of rows) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const char = decoder.decode(new Uint8Array([hi, lo]));
      if (char !== '\ufffd') text += char;
    }
  }
  return text;
}

/** Every character of the plan, the dictionaries and the built data's names and metadata. */
function appText(): string {
  const files = [
    'geodata/plan/catalogue.json',
    'geodata/plan/links.json',
    'src/i18n/zh.ts',
    'src/i18n/en.ts',
    ...readdirSync('geodata')
      .filter((f) => f.endsWith('.meta.json'))
      .map((f) => join('geodata', f)),
    ...readdirSync('src/layers')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join('src/layers', f)),
    ...readdirSync('public/data')
      .filter((f) => f.endsWith('.geojson') || f.endsWith('.json'))
      .map((f) => join('public/data', f)),
  ];
  return files.map((f) => readFileSync(f, 'utf8')).join('') + '→≥≤≈·—–…“”‘’';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const face = extractFace(readFileSync(SOURCE), FACE);
  const chars = [...new Set(gb2312Common() + appText())].filter((c) => c >= ' ').join('');
  const subset = await subsetFont(face, chars, {
    targetFormat: 'truetype',
    // pdf-lib neither shapes nor sets vertical text: layout and vertical tables are dead weight.
    dropTables: ['GSUB', 'GPOS', 'GDEF', 'BASE', 'vhea', 'vmtx', 'VORG', 'DSIG'],
  });
  writeFileSync(OUT, subset);
  console.log(`${OUT}: ${[...chars].length} characters, ${(subset.length / 1024).toFixed(0)} KB`);
}
