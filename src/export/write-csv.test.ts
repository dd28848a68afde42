import { describe, expect, it } from 'vitest';
import { writeCsv } from './write-csv.ts';

describe('writeCsv', () => {
  it('starts with a UTF-8 BOM and keeps Chinese as it is', () => {
    const csv = writeCsv(['name'], [['观山湖区']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFFname\r\n观山湖区\r\n');
  });
  it('quotes commas, quotes and line breaks, and leaves empty cells empty', () => {
    expect(writeCsv(['a', 'b', 'c'], [['x,y', 'say "hi"', null]])).toBe(
      '\uFEFFa,b,c\r\n"x,y","say ""hi""",\r\n',
    );
    expect(writeCsv(['a'], [['two\nlines']])).toContain('"two\nlines"');
  });
  it('neutralises text that a spreadsheet would run as a formula, not numbers', () => {
    expect(writeCsv(['a', 'b'], [['=HYPERLINK("x")', -3]])).toBe(
      '\uFEFFa,b\r\n"\'=HYPERLINK(""x"")",-3\r\n',
    );
  });
});
