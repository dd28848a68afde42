import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import type { ComputedValue } from '../model/computed-value.ts';
import { type Catalogue, type PlanLink } from '../plan/plan-schema.ts';
import { type Palette } from '../theme/palette.ts';
import { canvasBlob } from './capture-map.ts';
import { renderFrameMap, type ExportFeatureState } from './render-frame-map.ts';
import { type PageLayout } from './draw-op.ts';
import {
  footerLines,
  legendGroups,
  type LegendSettings,
  sheetItems,
  sheetSections,
  subjectTitle,
  type SheetSubject,
  type Translate,
} from './export-content.ts';
import { exportFileName } from './export-file-name.ts';
import { exportCollection, exportTable, type LayerFeatures } from './feature-table.ts';
import { layoutMapPage, mapPageFrame, type LegendGroup } from './layout-map-page.ts';
import { layoutPolicySheet, policySheetMapFrame } from './layout-policy-sheet.ts';
import { CANVAS_FONT, paintCanvas } from './paint-canvas.ts';
import { pageSize, type Orientation, type PaperSize } from './paper.ts';
import { writeCsv } from './write-csv.ts';
import { type DataManifest } from '../model/manifest.ts';
import { type LayerModule } from '../layers/layer-module.ts';
import { type Locale } from '../model/locale.ts';

/** A map page, as an image or a PDF. */
export interface MapExportRequest {
  kind: 'png' | 'pdf';
  paper: PaperSize;
  orientation: Orientation;
}

/** What to export. */
export type ExportRequest =
  | MapExportRequest
  | { kind: 'sheet'; subject: SheetSubject }
  | { kind: 'geojson' | 'csv'; scope: string; features: LayerFeatures[] };

/** What the exporter reads from the app; nothing here is written to. */
export interface ExportContext {
  map: MapLibreMap;
  /** The area of the map the user could see (not under the panels): the export shows it all. */
  bounds: LngLatBoundsLike;
  /** The selection and the open item's highlights, set again on the export's own map. */
  states: readonly ExportFeatureState[];
  /** Legend rows for what is emphasised (the open measure's places, the selection). */
  emphasis: readonly LegendGroup[];
  manifest: DataManifest;
  /** The visible layers, in draw order. */
  layers: readonly LayerModule[];
  catalogue: Catalogue;
  links: readonly PlanLink[];
  figures: Readonly<Record<string, ComputedValue>>;
  /** What the legends are computed from, as on the map. */
  legend: LegendSettings;
  palette: Palette;
  reviewNumber: string | null;
  locale: Locale;
  t: Translate;
  layerTitle: (layerId: string) => string;
  provenanceOf: (layerId: string) => string;
  /** The date printed on the export and in its name (tests fix it). */
  date: Date;
}

/** Progress: a fraction 0–1 and the translation key of the step under way. */
export type ExportProgress = (fraction: number, step: string) => void;

/** Resolution of PNG exports: 150 dpi, enough for a projector or an A4 print. */
export const PNG_DPI = 150;
/** Resolution of the map picture in PDFs (JPEG): sharp on paper, a few hundred KB. */
const PDF_MAP_DPI = 150;
/** The CJK font PDF exports embed: a Noto Sans CJK SC subset served by the site itself. */
export const EXPORT_FONT_URL = 'fonts/export-sc.otf';

/**
 * Runs one export through to a file, reporting progress and stopping at the next step when
 * `signal` aborts. It only reads the map and the app's data; it changes neither.
 */
export async function runExport(
  request: ExportRequest,
  context: ExportContext,
  signal: AbortSignal,
  progress: ExportProgress,
): Promise<{ blob: Blob; fileName: string }> {
  const { date } = context;
  if (request.kind === 'geojson' || request.kind === 'csv') {
    progress(0.5, 'export.steps.compose');
    const name = exportFileName('data', [request.scope], date, request.kind);
    const blob =
      request.kind === 'csv'
        ? csvBlob(request.features, context.links)
        : new Blob([JSON.stringify(exportCollection(request.features, context.links))], {
            type: 'application/geo+json',
          });
    return { blob, fileName: name };
  }
  progress(0.05, 'export.steps.map');
  const colors = {
    land: context.palette.land,
    border: context.palette.border,
    text: context.palette.text,
    muted: context.palette.textMuted,
    surface: context.palette.surface,
    accent: context.palette.accent,
  };
  const footer = footerLines(
    context.layers,
    context.manifest,
    context.reviewNumber,
    context.catalogue,
    date,
    context.locale,
    context.t,
  );
  const title = context.t('app.title');
  const text = { title, subtitle: context.t('app.subtitle'), footer };
  const legend = [
    ...legendGroups(context.layers, context.palette, context.legend, context.locale),
    ...context.emphasis,
  ];
  const paper =
    request.kind === 'png' || request.kind === 'pdf'
      ? pageSize(request.paper, request.orientation)
      : pageSize('A4', 'portrait');
  const dpi = request.kind === 'png' ? PNG_DPI : PDF_MAP_DPI;

  if (request.kind === 'png') {
    progress(0.2, 'export.steps.map');
    const scale = PNG_DPI / 72;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(paper.width * scale);
    canvas.height = Math.round(paper.height * scale);
    const ctx = canvas.getContext('2d')!;
    const measure = (t: string, size: number) => {
      ctx.font = `${size}px ${CANVAS_FONT}`;
      return ctx.measureText(t).width;
    };
    const pageInput = { width: paper.width, height: paper.height, colors, text, measure };
    const frame = mapPageFrame(pageInput).mapFrame;
    const drawn = await renderFrameMap(context.map, {
      aspect: frame.w / frame.h,
      pixelWidth: Math.round((frame.w * dpi) / 72),
      bounds: context.bounds,
      states: context.states,
      signal,
    });
    try {
      progress(0.5, 'export.steps.compose');
      const page = layoutMapPage({
        ...pageInput,
        capture: drawn.capture,
        legendTitle: context.t('export.legend'),
        legend,
        locale: context.locale,
      });
      paintCanvas(ctx, page, drawn.canvas, scale);
    } finally {
      drawn.release();
    }
    signal.throwIfAborted();
    progress(0.8, 'export.steps.encode');
    const blob = await canvasBlob(canvas, 'image/png');
    return {
      blob,
      fileName: exportFileName('map', [request.paper, request.orientation], date, 'png'),
    };
  }

  progress(0.15, 'export.steps.font');
  // Loaded only now: the planner's first load carries neither pdf-lib nor the CJK font.
  const [{ PDFDocument }, { default: fontkit }, { paintPdfPage }, fontBytes] = await Promise.all([
    import('pdf-lib'),
    import('@pdf-lib/fontkit'),
    import('./paint-pdf.ts'),
    fetch(new URL(EXPORT_FONT_URL, document.baseURI), { signal }).then((r) => {
      if (!r.ok) throw new Error(`${EXPORT_FONT_URL}: HTTP ${r.status}`);
      return r.arrayBuffer();
    }),
  ]);
  signal.throwIfAborted();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  // The whole served subset is embedded: fontkit's re-subsetting of CID-keyed CFF writes a
  // font file that PDF readers reject (poppler: "Embedded font file may be invalid").
  const font = await doc.embedFont(fontBytes, { subset: false });
  const measure = (t: string, size: number) => font.widthOfTextAtSize(t, size);
  const frame =
    request.kind === 'sheet'
      ? policySheetMapFrame()
      : mapPageFrame({ width: paper.width, height: paper.height, colors, text, measure }).mapFrame;
  progress(0.3, 'export.steps.map');
  const drawn = await renderFrameMap(context.map, {
    aspect: frame.w / frame.h,
    pixelWidth: Math.round((frame.w * dpi) / 72),
    bounds: context.bounds,
    states: context.states,
    signal,
  });
  let mapJpeg: ArrayBuffer;
  try {
    mapJpeg = await (await canvasBlob(drawn.canvas, 'image/jpeg', 0.92)).arrayBuffer();
  } finally {
    drawn.release();
  }
  const capture = drawn.capture;
  progress(0.5, 'export.steps.compose');
  const map = await doc.embedJpg(mapJpeg);
  doc.setTitle(title);
  doc.setCreator(title);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  let pages: PageLayout[];
  let name: string;
  if (request.kind !== 'sheet') {
    const { paper: size, orientation } = request as MapExportRequest;
    pages = [
      layoutMapPage({
        width: paper.width,
        height: paper.height,
        capture,
        colors,
        text,
        legendTitle: context.t('export.legend'),
        legend,
        measure,
        locale: context.locale,
      }),
    ];
    name = exportFileName('map', [size, orientation], date, 'pdf');
  } else {
    const { subject } = request;
    const items = sheetItems(subject, context.catalogue, context.links);
    pages = layoutPolicySheet({
      capture,
      colors,
      text: {
        title: `${title} · ${context.t('export.sheetTitle')}`,
        subtitle: subjectTitle(subject, context.catalogue, context.locale, context.t),
        footer,
      },
      sections: sheetSections(
        items,
        context.figures,
        context.layerTitle,
        context.provenanceOf,
        context.locale,
        context.t,
      ),
      pageLabel: (page, count) => context.t('export.page', { page, pages: count }),
      truncated: context.t('export.truncated'),
      measure,
      locale: context.locale,
    });
    name = exportFileName('sheet', [subject.type, subject.id], date, 'pdf');
  }
  for (const page of pages) paintPdfPage(doc, font, page, map);
  signal.throwIfAborted();
  progress(0.8, 'export.steps.encode');
  const bytes = await doc.save();
  signal.throwIfAborted();
  return { blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }), fileName: name };
}

/** The table of the features as CSV text with a BOM. */
function csvBlob(features: LayerFeatures[], links: readonly PlanLink[]): Blob {
  const { columns, rows } = exportTable(features, links);
  return new Blob([writeCsv(columns, rows)], { type: 'text/csv;charset=utf-8' });
}
