import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation.ts';
import type { FeatureCollection } from 'geojson';
import { startImport, type ImportJob } from '../../import/import-client.ts';
import type { ImportProgress, Inspection } from '../../import/import-dataset.ts';
import type { ImportIssue } from '../../import/import-issue.ts';
import { formatBytes, MAX_FILE_BYTES } from '../../import/import-limits.ts';
import { exportImportedLayer } from '../../import/export-imported-layer.ts';
import { newImportedLayerId, type ImportedLayer } from '../../import/imported-layer-record.ts';
import { frameKey } from './frame-key.ts';
import { ImportIssueList } from './import-issue-list.tsx';
import { FrameConfirmation } from './frame-confirmation.tsx';
import type { ImportedLayers } from './use-imported-layers.ts';
import { verifyLayerDrawn, type DrawnCheck, type DrawnCheckMap } from './verify-layer-drawn.ts';
import { importedLayer } from '../../layers/imported/imported-layer.ts';
import './import-panel.css';
import { type Frame } from '../../model/frames.ts';
import { type Locale } from '../../model/locale.ts';

/** Props of {@link ImportPanel}. */
export interface ImportPanelProps {
  locale: Locale;
  /** From {@link useImportedLayers}: the layers of this browser and their actions. */
  imported: ImportedLayers;
  /** District boundaries (WGS84) for GCJ-02/BD-09 detection; default none. */
  reference?: FeatureCollection | undefined;
  /** Called once a layer is imported and saved, e.g. to show it and fit the map to it. */
  onImported?: (layer: ImportedLayer) => void;
  /** Default MAX_FILE_BYTES (100 MB); browser stories may lower it. */
  maxFileBytes?: number;
  /** Starts an import; default the worker client (tests pass an in-process one). */
  start?: typeof startImport;
  /**
   * The map, to confirm an imported layer is drawn before saying it was imported; without
   * one (tests) the check is skipped.
   */
  map?: DrawnCheckMap | null;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'working'; file: string; progress: ImportProgress | null }
  | { kind: 'confirm'; file: string; inspection: Inspection }
  | { kind: 'errors'; file: string; errors: ImportIssue[] }
  | { kind: 'done'; name: string; count: number; warnings: ImportIssue[]; drawn: DrawnCheck };

const cancelled = (errors: ImportIssue[]) => errors.length === 1 && errors[0]!.rule === 'cancelled';

/** Triggers a download of an imported layer as GeoJSON. */
function download(layer: ImportedLayer) {
  const { text, fileName } = exportImportedLayer(layer);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/geo+json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Import of planners' own data: a drop zone and a file picker, progress with cancel, the
 * frame confirmation, every problem as a list of text, and the imported layers with export
 * and remove. Parsing runs in a worker; file contents are never rendered as HTML.
 */
export function ImportPanel({
  locale,
  imported,
  reference,
  onImported,
  maxFileBytes = MAX_FILE_BYTES,
  start = startImport,
  map = null,
}: ImportPanelProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const job = useRef<ImportJob | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const check = useRef<{ cancel: () => void } | null>(null);
  // The map changes identity only when it is created; the check reads the latest.
  const mapRef = useRef(map);
  useEffect(() => {
    mapRef.current = map;
  }, [map]);

  useEffect(
    () => () => {
      job.current?.cancel();
      check.current?.cancel();
    },
    [],
  );
  // Move focus to what just appeared, so screen-reader and keyboard users follow the steps.
  useEffect(() => {
    if (step.kind === 'confirm' || step.kind === 'errors' || step.kind === 'done')
      heading.current?.focus();
  }, [step.kind]);

  const fail = (file: string, errors: ImportIssue[]) =>
    setStep(cancelled(errors) ? { kind: 'idle' } : { kind: 'errors', file, errors });

  const begin = async (file: File) => {
    job.current?.cancel();
    const current: ImportJob = start(file, {
      reference,
      maxFileBytes,
      onProgress: (progress) =>
        setStep((s) => (s.kind === 'working' && job.current === current ? { ...s, progress } : s)),
    });
    job.current = current;
    setStep({ kind: 'working', file: file.name, progress: null });
    const inspected = await current.inspection;
    if (job.current !== current) return;
    if (!inspected.ok) return fail(file.name, inspected.errors);
    setStep({ kind: 'confirm', file: file.name, inspection: inspected.inspection });
  };

  const convert = async (file: string, frame: Frame) => {
    const current = job.current;
    if (!current) return;
    setStep({ kind: 'working', file, progress: null });
    const outcome = await current.convert(frame);
    if (job.current !== current) return;
    job.current = null;
    if (!outcome.ok) return fail(file, outcome.errors);
    const layer: ImportedLayer = {
      id: newImportedLayerId(),
      name: outcome.name,
      fileName: outcome.fileName,
      frame: outcome.frame,
      importedAt: new Date().toISOString(),
      featureCount: outcome.featureCount,
      collection: outcome.collection,
      links: {},
    };
    await imported.add(layer);
    onImported?.(layer);
    const done = { kind: 'done' as const, name: layer.name, count: layer.featureCount };
    const warnings = outcome.warnings;
    const shown = mapRef.current;
    if (!shown) return setStep({ ...done, warnings, drawn: { state: 'unseen' } });
    // Said imported only once the map shows it (or cannot be asked); otherwise said why not.
    setStep({ ...done, warnings, drawn: { state: 'checking' } });
    const drawnAs = importedLayer(layer);
    const source = drawnAs.dataset;
    const sublayers = drawnAs.interaction.queryLayers;
    check.current?.cancel();
    const verifying = verifyLayerDrawn(shown, source, sublayers, layer.collection);
    check.current = verifying;
    const drawn = await verifying.result;
    if (check.current !== verifying) return;
    check.current = null;
    setStep((s) => (s.kind === 'done' && s.name === layer.name ? { ...s, drawn } : s));
  };

  const cancel = () => {
    job.current?.cancel();
    job.current = null;
    setStep({ kind: 'idle' });
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void begin(file);
  };

  const percent = step.kind === 'working' ? Math.round((step.progress?.fraction ?? 0) * 100) : 0;
  const stage =
    step.kind === 'working' && step.progress ? t(`import.stage.${step.progress.stage}`) : '';
  return (
    <section
      aria-labelledby="import-heading"
      className="panel-section import-panel"
      data-testid="import-panel"
    >
      <h2 id="import-heading">{t('import.heading')}</h2>
      <div
        className={`import-drop${dragging ? ' dragging' : ''}`}
        data-testid="import-drop-zone"
        onDragEnter={(e) => (e.preventDefault(), setDragging(true))}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{dragging ? t('import.dragging') : t('import.drop')}</p>
        <label className="import-choose">
          {t('import.choose')}
          <input
            type="file"
            className="visually-hidden"
            accept=".geojson,.json,.zip,application/geo+json,application/json,application/zip"
            disabled={step.kind === 'working'}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = ''; // choosing the same file again must start again
              if (file) void begin(file);
            }}
          />
        </label>
        <p className="import-hint">{t('import.accepted', { size: formatBytes(maxFileBytes) })}</p>
      </div>

      {step.kind === 'working' && (
        <div className="import-progress">
          <p>{t('import.progress', { file: step.file })}</p>
          <progress
            max={100}
            value={percent}
            aria-label={t('import.progressLabel')}
            aria-valuetext={`${percent}% ${stage}`}
          />
          <p className="import-stage" aria-live="polite">
            {stage}
          </p>
          <button type="button" onClick={cancel}>
            {t('import.cancel')}
          </button>
        </div>
      )}

      {step.kind === 'confirm' && (
        <FrameConfirmation
          inspection={step.inspection}
          locale={locale}
          headingRef={heading}
          onConfirm={(frame) => void convert(step.file, frame)}
          onCancel={cancel}
        />
      )}

      {step.kind === 'errors' && (
        <div className="import-errors" role="alert" data-testid="import-errors">
          <h3 ref={heading} tabIndex={-1}>
            {t('import.errorsHeading', { file: step.file })}
          </h3>
          <p>{t('import.errorsIntro', { count: step.errors.length })}</p>
          <ImportIssueList issues={step.errors} locale={locale} />
        </div>
      )}

      {step.kind === 'done' && (
        <div
          className="import-done"
          role={step.drawn.state === 'failed' ? 'alert' : 'status'}
          data-testid="import-done"
          data-drawn={step.drawn.state}
        >
          <h3 ref={heading} tabIndex={-1}>
            {step.drawn.state === 'checking'
              ? t('importChecks.verifying')
              : step.drawn.state === 'failed'
                ? t('importChecks.notDrawnHeading', { name: step.name })
                : t('import.done', { name: step.name, count: step.count })}
          </h3>
          {step.drawn.state === 'drawn' && (
            <p className="import-hint">{t('importChecks.drawn', { count: step.count })}</p>
          )}
          {step.drawn.state === 'nothing-to-draw' && <p>{t('importChecks.nothingToDraw')}</p>}
          {step.drawn.state === 'failed' && (
            <p>
              {t('importChecks.notDrawn', {
                reason:
                  step.drawn.reason === 'timeout' || !step.drawn.reason
                    ? t('importChecks.notDrawnUnknown')
                    : step.drawn.reason,
              })}
            </p>
          )}
          {step.warnings.length > 0 && (
            <>
              <p>{t('import.warningsHeading')}</p>
              <ImportIssueList issues={step.warnings} locale={locale} />
            </>
          )}
        </div>
      )}

      {imported.storeError && (
        <p className="import-store-error" role="alert">
          {imported.storeError[locale]}
        </p>
      )}

      <h3 id="imported-layers-heading">{t('import.layersHeading')}</h3>
      {imported.loading ? (
        <p aria-busy="true">{t('import.loading')}</p>
      ) : imported.layers.length === 0 ? (
        <p className="import-hint">{t('import.none')}</p>
      ) : (
        <ul className="imported-layers" aria-labelledby="imported-layers-heading">
          {imported.layers.map((layer) => (
            <li key={layer.id} data-testid={`imported-layer-${layer.id}`}>
              <span className="imported-name">{layer.name}</span>
              <span className="import-hint">
                {t('import.layerSummary', {
                  count: layer.featureCount,
                  frame: `${t(`import.frames.${frameKey(layer.frame)}`)} (${layer.frame})`,
                  date: new Date(layer.importedAt).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en'),
                })}
              </span>
              <span className="imported-actions">
                <button
                  type="button"
                  onClick={() => download(layer)}
                  aria-label={t('import.exportLabel', { name: layer.name })}
                >
                  {t('import.export')}
                </button>
                <button
                  type="button"
                  onClick={() => void imported.remove(layer.id)}
                  aria-label={t('import.removeLabel', { name: layer.name })}
                >
                  {t('import.remove')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="import-hint">{t('import.storeNote')}</p>
    </section>
  );
}
