import { describe, expect, it } from 'vitest';
import { exportFileName, isoDate } from './export-file-name.ts';

describe('exportFileName', () => {
  const date = new Date(2025, 5, 1, 9, 30);
  it('is ASCII, dated and says what it holds', () => {
    expect(exportFileName('map', ['A4', 'landscape'], date, 'pdf')).toBe(
      'guiyang-plan-map-A4-landscape-2025-06-01.pdf',
    );
    expect(exportFileName('sheet', ['feature', '520115'], date, 'pdf')).toBe(
      'guiyang-plan-sheet-feature-520115-2025-06-01.pdf',
    );
  });
  it('drops characters that are unsafe in file names', () => {
    expect(exportFileName('data', ['观山湖/../x y'], date, 'csv')).toBe(
      'guiyang-plan-data-x-y-2025-06-01.csv',
    );
  });
  it('prints the local date', () => expect(isoDate(date)).toBe('2025-06-01'));
});
