import { pick } from '../model/locale.ts';
import { paramsOf } from '../layers/registry.ts';
import type { ComputedValue } from '../model/computed-value.ts';
import type { PlanPeriod } from '../model/plan-period.ts';
import { formatTarget } from '../plan/format-target.ts';
import {
  type Catalogue,
  type Indicator,
  type Measure,
  type PlanLink,
} from '../plan/plan-schema.ts';
import { type Palette } from '../theme/palette.ts';
import { isoDate } from './export-file-name.ts';
import { linkedIds } from './feature-table.ts';
import { type LegendGroup } from './layout-map-page.ts';
import { type SheetSection } from './layout-policy-sheet.ts';
import { type DataManifest } from '../model/manifest.ts';
import { type LayerModule } from '../layers/layer-module.ts';
import { type Locale } from '../model/locale.ts';

/** The interface's translate function (`t` of src/i18n), narrowed to what exports use. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What the layers' legends are computed from besides the palette: as on the map. */
export interface LegendSettings {
  layerParams: Readonly<Record<string, unknown>>;
  year: number;
  period: PlanPeriod;
}

/** The legend of the visible layers: the same `legend(context)` the legend panel shows. */
export function legendGroups(
  layers: readonly LayerModule[],
  palette: Palette,
  settings: LegendSettings,
  locale: Locale,
): LegendGroup[] {
  return layers.map((layer) => ({
    title: pick(layer.title, locale),
    items: layer
      .legend({
        palette,
        locale,
        params: paramsOf(layer, settings.layerParams),
        year: settings.year,
        period: settings.period,
      })
      .map((item) => ({ label: pick(item.label, locale), swatch: item.swatch })),
  }));
}

/**
 * The footer every export carries: date and document number; the sources of the visible
 * layers with the schematic/sample notices their metadata calls for; the 审图号 (or "未配置").
 */
export function footerLines(
  layers: readonly LayerModule[],
  manifest: DataManifest,
  reviewNumber: string | null,
  catalogue: Catalogue,
  date: Date,
  locale: Locale,
  t: Translate,
): string[] {
  const metas = layers.map((l) => manifest.datasets[l.dataset]).filter((m) => m !== undefined);
  const sources = [
    ...new Set(metas.map((m) => `${pick(m.title, locale)}(${pick(m.source, locale)})`)),
  ];
  const warnings = [
    metas.some((m) => m.provenance === 'schematic') && t('notice.schematicPresent'),
    metas.some((m) => m.provenance === 'sample') && t('notice.samplePresent'),
  ].filter((w): w is string => typeof w === 'string');
  return [
    `${t('export.date', { date: isoDate(date) })} · ${catalogue.document.number}`,
    [
      t('notice.sources', { sources: sources.join(locale === 'zh' ? '、' : '; ') }),
      ...warnings,
    ].join(' · '),
    // Without a 审图号 a map may not be published in China: the export says so plainly.
    reviewNumber
      ? t('notice.reviewNumber', { number: reviewNumber })
      : t('export.notForPublication'),
  ];
}

/** What a policy sheet is about. */
export type SheetSubject =
  | { type: 'feature'; layer: string; id: string; name: string }
  | { type: 'measure'; id: string }
  | { type: 'indicator'; id: string };

/** The measures and indicators a subject brings onto its sheet, in catalogue order. */
export function sheetItems(
  subject: SheetSubject,
  catalogue: Catalogue,
  links: readonly PlanLink[],
): { measures: Measure[]; indicators: Indicator[] } {
  let measureIds: string[];
  let indicatorIds: string[];
  if (subject.type === 'feature') {
    const linked = linkedIds(links, subject.layer, subject.id);
    measureIds = linked.measures;
    indicatorIds = linked.indicators;
  } else if (subject.type === 'measure') {
    measureIds = [subject.id];
    indicatorIds = [];
  } else {
    const measure = catalogue.indicators.find((i) => i.id === subject.id)?.measure;
    measureIds = measure ? [measure] : [];
    indicatorIds = [subject.id];
  }
  // A measure brings its own targets along, as the plan panel shows them under it.
  const indicators = catalogue.indicators.filter(
    (i) =>
      indicatorIds.includes(i.id) ||
      (subject.type !== 'indicator' && i.measure !== null && measureIds.includes(i.measure)),
  );
  return { measures: catalogue.measures.filter((m) => measureIds.includes(m.id)), indicators };
}

/** The subject's name as the sheet's subtitle, e.g. "措施 三(一) 优化城市空间格局". */
export function subjectTitle(
  subject: SheetSubject,
  catalogue: Catalogue,
  locale: Locale,
  t: Translate,
): string {
  if (subject.type === 'feature') return t('export.subjectFeature', { name: subject.name });
  if (subject.type === 'measure') {
    const m = catalogue.measures.find((x) => x.id === subject.id);
    return t('export.subjectMeasure', {
      label: m?.label ?? subject.id,
      title: m ? (locale === 'zh' ? m.title : m.titleEn) : '',
    });
  }
  const i = catalogue.indicators.find((x) => x.id === subject.id);
  return t('export.subjectIndicator', {
    name: i ? (locale === 'zh' ? i.name : i.nameEn) : subject.id,
  });
}

/**
 * The sheet's sections: each measure's title and verbatim text; each indicator's target, its
 * sentence in the document and, where the app computes one, the value with the layer it comes
 * from and that layer's provenance (so a sample figure says it is one).
 */
export function sheetSections(
  items: { measures: Measure[]; indicators: Indicator[] },
  figures: Readonly<Record<string, ComputedValue>>,
  layerTitle: (layerId: string) => string,
  provenanceOf: (layerId: string) => string,
  locale: Locale,
  t: Translate,
): SheetSection[] {
  if (items.measures.length === 0 && items.indicators.length === 0) {
    return [
      { heading: t('export.measures'), blocks: [{ heading: t('export.noLinks'), paragraphs: [] }] },
    ];
  }
  const sections: SheetSection[] = [];
  if (items.measures.length > 0) {
    sections.push({
      heading: t('export.measures'),
      blocks: items.measures.map((m) => ({
        heading: `${m.label} ${locale === 'zh' ? m.title : m.titleEn}`,
        paragraphs: [m.text],
      })),
    });
  }
  if (items.indicators.length > 0) {
    sections.push({
      heading: t('export.indicators'),
      blocks: items.indicators.map((i) => {
        const value = figures[i.id];
        return {
          heading: locale === 'zh' ? i.name : i.nameEn,
          paragraphs: [
            t('export.target', { target: formatTarget(i, locale) }),
            t('export.sentence', { sentence: i.sentence }),
            value
              ? t('export.computed', {
                  value: pick(value.text, locale),
                  basis: pick(value.basis, locale),
                  layer: layerTitle(value.layer),
                  provenance: provenanceOf(value.layer),
                })
              : t('export.noComputed'),
          ],
        };
      }),
    });
  }
  return sections;
}
