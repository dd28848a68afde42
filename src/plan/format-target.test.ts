import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue.ts';
import { formatTarget, unitLabel } from './format-target.ts';

const indicator = (id: string) => catalogue.indicators.find((i) => i.id === id)!;

describe('targets read as the document words them', () => {
  it.each([
    ['urbanization-rate', 'zh', '常住人口城镇化率达83%左右'],
    ['county-economy-share', 'zh', '经济总量占全市比重稳定在20%左右'],
    ['air-quality-good-days', 'zh', '优良天数比例保持在98.9%以上'],
    ['migrant-children-public-school', 'zh', '就读公办学校比例保持在100%'],
    ['new-urban-jobs', 'en', '450,000 or more new urban jobs in total'],
  ])('%s in %s reads "%s"', (id, locale, expected) => {
    expect(formatTarget(indicator(id), locale as 'zh' | 'en')).toBe(expected);
  });

  it('never shortens 稳定在…左右 or 保持在…以上 to a bare 保持', () => {
    for (const i of catalogue.indicators) expect(formatTarget(i, 'zh')).not.toMatch(/^保持 /);
  });

  it('says what 乡乡全覆盖 counts: all 72 乡/镇, 100 %', () => {
    const target = indicator('ev-charging-township-coverage');
    expect(formatTarget(target, 'zh')).toBe(
      '实现充换电基础设施“乡乡全覆盖”(全部 72 个乡、镇,100%)',
    );
    expect(formatTarget(target, 'en')).toContain('all 72 townships');
  });

  it('keeps the qualifiers of a name (符合条件的…进城务工随迁子女)', () => {
    expect(indicator('migrant-children-public-school').name).toBe(
      '符合条件的义务教育阶段进城务工随迁子女就读公办学校比例',
    );
  });

  it('lists the targets without a number beside those with one, each with its sentence', () => {
    for (const id of [
      'hospital-cross-region-settlement',
      'medical-insurance-enrolment',
      'standard-land-supply',
      'megacity',
      'waterlogging-points-eliminated',
    ]) {
      const target = indicator(id);
      expect(target.value).toBeNull();
      expect(target.sentence).toContain(target.target);
    }
  });
});

describe('a target’s unit for an English reader', () => {
  it('is written out in English for every unit of the catalogue, and stays as it is in Chinese', () => {
    for (const { unit } of catalogue.indicators) {
      if (!unit) continue;
      expect(unitLabel(unit, 'en'), unit).not.toMatch(/[\u4e00-\u9fff]/);
      expect(unitLabel(unit, 'zh')).toBe(unit);
    }
    expect(unitLabel('万人', 'en')).toBe('×10,000 people');
  });
});
