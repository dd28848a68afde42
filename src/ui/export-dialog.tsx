import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';
import type { FeatureCollection } from 'geojson';
import type { SheetSubject } from '../export/export-content.ts';
import type { LayerFeatures } from '../export/feature-table.ts';
import type { Orientation, PaperSize } from '../export/paper.ts';
import type { ExportRequest } from '../export/run-export.ts';
import type { PlanMap } from '../map/plan-map.ts';
import type { LayerRegistry } from '../layers/registry.ts';
import { exportScopeOf, openItemOf } from '../plan/plan-queries.ts';
import { type AppState } from '../state/app-state.ts';
import { palette } from '../theme/palette.ts';
import { usePlan } from './plan-context.ts';
import './export-dialog.css';
import { pick } from '../model/locale.ts';
import { type DataManifest } from '../model/manifest.ts';

type Kind = 'png' | 'pdf' | 'sheet' | 'data';
type Scope = 'visible' | 'selected' | 'measure';
const KINDS: Kind[] = ['png', 'pdf', 'sheet', 'data'];

interface ExportDialogProps {
  /** The map to export, as the app holds it (null until it is ready). */
  planMap: PlanMap | null;
  /** The layers on offer, shipped and imported. */
  registry: LayerRegistry;
  state: AppState;
  visible: readonly string[];
  manifest: DataManifest;
  data: ReadonlyMap<string, FeatureCollection>;
  reviewNumber: string | null;
  open: boolean;
  onClose: () => void;
}

/** The sheet subjects the current state offers: selected feature, open measure, open indicator. */
function subjectsOf(state: AppState, name: (ref: { layer: string; id: string }) => string) {
  const subjects: SheetSubject[] = [];
  if (state.feature)
    subjects.push({ type: 'feature', ...state.feature, name: name(state.feature) });
  if (state.measure) subjects.push({ type: 'measure', id: state.measure });
  if (state.indicator) subjects.push({ type: 'indicator', id: state.indicator });
  return subjects;
}

/** Saves a file through a Blob URL and a download link; nothing leaves the page. */
function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The browser has started the download once click() returns; free the URL a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * "导出": map as PNG or PDF (A4/A3, portrait/landscape), a policy sheet PDF, or the data as
 * GeoJSON/CSV. Shows progress and can be cancelled; the exporter only reads the map.
 */
export function ExportDialog(props: ExportDialogProps) {
  const { planMap, registry, state, visible, manifest, data, reviewNumber, open, onClose } = props;
  const { t } = useTranslation();
  const plan = usePlan();
  const { catalogue, links, period } = plan;
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [kind, setKind] = useState<Kind>('png');
  const [paper, setPaper] = useState<PaperSize>('A4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [subjectIndex, setSubjectIndex] = useState(0);
  const [scope, setScope] = useState<Scope>('visible');
  const [format, setFormat] = useState<'geojson' | 'csv'>('csv');
  const [progress, setProgress] = useState<{ fraction: number; step: string } | null>(null);
  const [status, setStatus] = useState('');
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  useEffect(() => () => controller.current?.abort(), []);

  const subjects = subjectsOf(state, plan.featureName);
  const subject = subjects[Math.min(subjectIndex, subjects.length - 1)];
  const planItem = openItemOf(state);
  const scopes: Scope[] = [
    'visible',
    ...(state.feature ? ['selected' as const] : []),
    ...(planItem ? ['measure' as const] : []),
  ];
  const visibleLayers = visible.map((l) => registry.byId(l)).filter((l) => l !== undefined);

  const tiledLayers = visibleLayers.flatMap((layer) => {
    const meta = manifest.datasets[layer.dataset];
    return meta?.tiles ? [{ layer, meta }] : [];
  });

  const featuresFor = (which: Scope): LayerFeatures[] => {
    const entry = (layerId: string, ids?: string[]): LayerFeatures[] => {
      const layer = registry.byId(layerId);
      const collection = layer && data.get(layer.dataset);
      return layer && collection ? [{ layer, collection, ...(ids ? { ids } : {}) }] : [];
    };
    if (which === 'selected' && state.feature)
      return entry(state.feature.layer, [state.feature.id]);
    if (which === 'measure' && planItem) {
      return exportScopeOf(planItem, catalogue, links).flatMap((s) =>
        entry(s.layer, s.all ? undefined : s.ids),
      );
    }
    return visibleLayers.flatMap((l) => entry(l.id));
  };

  const subjectLabel = (s: SheetSubject) =>
    s.type === 'feature'
      ? t('export.subjectFeature', { name: s.name })
      : s.type === 'measure'
        ? t('export.subjectMeasure', {
            label: catalogue.measures.find((m) => m.id === s.id)?.label ?? s.id,
            title:
              catalogue.measures.find((m) => m.id === s.id)?.[
                state.locale === 'zh' ? 'title' : 'titleEn'
              ] ?? '',
          })
        : t('export.subjectIndicator', {
            name:
              catalogue.indicators.find((i) => i.id === s.id)?.[
                state.locale === 'zh' ? 'name' : 'nameEn'
              ] ?? s.id,
          });

  /** Legend rows for what the map emphasises: the open measure's places, the selection. */
  const emphasis = () => {
    const items = [];
    const measure = catalogue.measures.find((m) => m.id === state.measure);
    const indicator = catalogue.indicators.find((i) => i.id === state.indicator);
    if (indicator || measure)
      items.push({
        label: indicator
          ? t('export.emphasisIndicator', {
              name: state.locale === 'zh' ? indicator.name : indicator.nameEn,
            })
          : t('export.emphasisMeasure', {
              label: measure!.label,
              title: state.locale === 'zh' ? measure!.title : measure!.titleEn,
            }),
        swatch: { shape: 'fill' as const, color: palette.highlight },
      });
    if (state.feature)
      items.push({
        label: t('export.emphasisSelected', { name: plan.featureName(state.feature) }),
        swatch: { shape: 'fill' as const, color: palette.selected },
      });
    return items.length ? [{ title: t('export.emphasis'), items }] : [];
  };

  const start = async () => {
    if (!planMap) return;
    const map = planMap.map;
    const request: ExportRequest | null =
      kind === 'png' || kind === 'pdf'
        ? { kind, paper, orientation }
        : kind === 'sheet'
          ? subject
            ? { kind: 'sheet', subject }
            : null
          : {
              kind: format,
              scope: scopes.includes(scope) ? scope : 'visible',
              features: featuresFor(scopes.includes(scope) ? scope : 'visible'),
            };
    if (!request) return;
    const abort = new AbortController();
    controller.current = abort;
    setStatus('');
    setProgress({ fraction: 0, step: 'export.steps.map' });
    try {
      // The exporter and its PDF writer load on demand: the planner's first load stays as it was.
      const { runExport } = await import('../export/run-export.ts');
      const { blob, fileName } = await runExport(
        request,
        {
          map,
          bounds: planMap.visibleBounds(),
          states: planMap.featureStates(),
          emphasis: emphasis(),
          manifest,
          layers: visibleLayers,
          catalogue,
          links,
          figures: plan.figures,
          legend: {
            layerParams: state.layerParams,
            year: state.year ?? period.end,
            period,
          },
          palette,
          reviewNumber,
          locale: state.locale,
          t: t as (key: string, options?: Record<string, unknown>) => string,
          layerTitle: plan.layerName,
          provenanceOf: (layerId) => {
            const p = plan.provenanceOf(layerId);
            return p ? t(`provenance.${p}`) : '';
          },
          date: new Date(),
        },
        abort.signal,
        (fraction, step) => setProgress({ fraction, step }),
      );
      download(blob, fileName);
      setStatus(t('export.done', { file: fileName }));
    } catch (error) {
      setStatus(
        abort.signal.aborted
          ? t('export.cancelled')
          : t('export.failed', { message: (error as Error).message }),
      );
    } finally {
      controller.current = null;
      setProgress(null);
    }
  };

  const radios = <T extends string>(
    name: string,
    values: readonly T[],
    value: T,
    set: (v: T) => void,
    label: (v: T) => string,
  ) =>
    values.map((v) => (
      <label key={v} className="radio">
        <input
          type="radio"
          name={`${id}-${name}`}
          checked={value === v}
          onChange={() => set(v)}
          disabled={progress !== null}
        />
        {label(v)}
      </label>
    ));

  return (
    <dialog
      ref={dialog}
      className="export-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      data-testid="export-dialog"
    >
      <h2 id={`${id}-title`}>{t('export.title')}</h2>
      <fieldset>
        <legend>{t('export.what')}</legend>
        {radios('kind', KINDS, kind, setKind, (k) => t(`export.kinds.${k}`))}
      </fieldset>
      {(kind === 'png' || kind === 'pdf') && (
        <>
          <fieldset>
            <legend>{t('export.paper')}</legend>
            {radios('paper', ['A4', 'A3'] as const, paper, setPaper, (p) => p)}
          </fieldset>
          <fieldset>
            <legend>{t('export.orientation')}</legend>
            {radios(
              'orientation',
              ['portrait', 'landscape'] as const,
              orientation,
              setOrientation,
              (o) => t(`export.orientations.${o}`),
            )}
          </fieldset>
        </>
      )}
      {kind === 'sheet' && (
        <fieldset>
          <legend>{t('export.subject')}</legend>
          {subjects.length === 0 ? (
            <p className="export-hint">{t('export.noSubject')}</p>
          ) : (
            subjects.map((s, i) => (
              <label key={`${s.type}:${s.id}`} className="radio">
                <input
                  type="radio"
                  name={`${id}-subject`}
                  checked={subject === s}
                  onChange={() => setSubjectIndex(i)}
                  disabled={progress !== null}
                />
                {subjectLabel(s)}
              </label>
            ))
          )}
        </fieldset>
      )}
      {kind === 'data' && (
        <>
          <fieldset>
            <legend>{t('export.scope')}</legend>
            {radios('scope', scopes, scopes.includes(scope) ? scope : 'visible', setScope, (s) =>
              t(`export.scopes.${s}`),
            )}
          </fieldset>
          <fieldset>
            <legend>{t('export.format')}</legend>
            {radios('format', ['csv', 'geojson'] as const, format, setFormat, (f) =>
              f === 'csv' ? 'CSV' : 'GeoJSON',
            )}
          </fieldset>
          {tiledLayers.map(({ layer, meta }) => (
            // Drawn from tiles, so not in the browser to export: the build's file is offered.
            <p key={layer.id} className="hint" data-testid="export-tiled">
              {t('export.tiledLayer', {
                layer: pick(layer.title, state.locale),
                n: meta.featureCount.toLocaleString(state.locale === 'zh' ? 'zh-CN' : 'en'),
              })}{' '}
              <a href={meta.url} download>
                {meta.url.split('/').pop()}
              </a>
            </p>
          ))}
        </>
      )}
      {progress && (
        <div className="export-progress">
          <progress
            role="progressbar"
            max={1}
            value={progress.fraction}
            aria-label={t('export.progress')}
          />
          <span>{t(progress.step as 'export.steps.map')}</span>
        </div>
      )}
      <div className="export-actions">
        <button
          type="button"
          onClick={() => void start()}
          disabled={progress !== null || (kind === 'sheet' && !subject)}
        >
          {t('export.start')}
        </button>
        {progress && (
          <button type="button" onClick={() => controller.current?.abort()}>
            {t('export.cancel')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('export.close')}
        </button>
        <span role="status" aria-live="polite" data-testid="export-status">
          {status}
        </span>
      </div>
    </dialog>
  );
}
