import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readGeojsonText } from './read-geojson-text.ts';

describe('invalid JSON is named in each language, its position said once', () => {
  it.each([
    [
      'a trailing comma',
      '{"type": "FeatureCollection", "features": [1,]}',
      1,
      46,
      '“]” 前多了一个逗号',
      'a comma before "]"',
    ],
    [
      'a file cut short',
      '{"type": "FeatureCollection",\n "features": [',
      2,
      15,
      '文件意外结束',
      'the file ends too early',
    ],
    ['single quotes', "{'type': 1}", 1, 2, '须用双引号', 'double quotes'],
    ['a bare word', '{"a": undefined}', 1, 7, '“undefined”', '"undefined" is not JSON'],
    ['a tab inside a string', '{"a": "x\ty"}', 1, 9, '控制字符 U+0009', 'control character U+0009'],
    ['a bad escape', '{"a": "\\q"}', 1, 9, '无效的转义“\\q”', 'invalid escape "\\q"'],
  ])('%s', (_what, text, line, column, zh, en) => {
    const read = readGeojsonText(strToU8(text), 'bad.geojson');
    expect(read.ok).toBe(false);
    const [issue] = (read as { errors: { where: object; message: { zh: string; en: string } }[] })
      .errors;
    expect([issue!.where]).toEqual([{ file: 'bad.geojson', line, column }]);
    expect(issue!.message.zh).toContain(zh);
    expect(issue!.message.en).toContain(en);
    // No engine text in the Chinese message, and the position only in `where`.
    expect(issue!.message.zh).not.toMatch(/Unexpected|Expected|token|property name|Bad /);
    for (const m of [issue!.message.zh, issue!.message.en]) {
      expect(m).not.toMatch(/position|line \d|column \d|第 \d+ 行/);
    }
  });
});
