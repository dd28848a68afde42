import type { FeatureCollection } from 'geojson';
import type { LocalizedText } from '../../model/locale.ts';
import type { FigureInput, FigureValue } from '../layer-module.ts';

/**
 * 建成贵阳都市圈1小时通勤圈, as far as the schematic network tells: the centres and clusters of
 * the spatial structure the computed area reaches, and those it misses, with their minutes.
 */
export function commuteFigure(input: FigureInput<unknown>): FigureValue | null {
  const features = (input.collection as FeatureCollection | undefined)?.features ?? [];
  const area = features.find((f) => f.properties?.role === 'area')?.properties;
  const places = features.filter((f) => f.properties?.role === 'destination');
  if (!area || places.length === 0) return null;
  const reached = places.filter((f) => f.properties?.reached === true);
  const missed = places.filter((f) => f.properties?.reached !== true);
  const minutes = area.minutes as number;
  const why = area.why as LocalizedText;
  const label = (f: (typeof places)[number]): LocalizedText => ({
    zh: `${f.properties?.name} · 约 ${f.properties?.minutes} 分钟`,
    en: `${f.properties?.nameEn ?? f.properties?.name} · about ${f.properties?.minutes} min`,
  });
  return {
    text: {
      zh: `${reached.length} / ${places.length} 个中心和组团在 ${minutes} 分钟内`,
      en: `${reached.length} of ${places.length} centres and clusters within ${minutes} minutes`,
    },
    progress: reached.length / places.length,
    basis: {
      zh: `按示意线网计算,不是实测:${why.zh}`,
      en: `Computed from the schematic network, not measured: ${why.en}`,
    },
    shortfall: {
      title: {
        zh: `${minutes} 分钟内到不了的(${missed.length} 个)`,
        en: `Not reached within ${minutes} minutes (${missed.length})`,
      },
      items: missed.map(label),
    },
    breakdowns: [
      {
        title: { zh: '各中心和组团', en: 'Centres and clusters' },
        columns: [
          { zh: '地点', en: 'Place' },
          { zh: '约需(分钟)', en: 'About (min)' },
        ],
        rows: places.map((f) => ({
          label: {
            zh: String(f.properties?.name),
            en: String(f.properties?.nameEn ?? f.properties?.name),
          },
          values: [
            {
              zh: `${f.properties?.minutes}${f.properties?.reached ? '' : '(超出)'}`,
              en: `${f.properties?.minutes}${f.properties?.reached ? '' : ' (beyond)'}`,
            },
          ],
          bar: Math.min(1, (f.properties?.minutes as number) / (minutes * 2)),
        })),
      },
    ],
  };
}
