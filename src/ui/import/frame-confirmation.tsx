import { useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from '../../i18n/use-translation.ts';
import type { Inspection } from '../../import/import-dataset.ts';
import { frameKey } from './frame-key.ts';
import { ImportIssueList } from './import-issue-list.tsx';
import { FRAMES, type Frame } from '../../model/frames.ts';
import { type Locale } from '../../model/locale.ts';
import { LandingTable } from './landing-table.tsx';
import { shortenText } from './shorten-text.ts';

/** Props of {@link FrameConfirmation}. */
export interface FrameConfirmationProps {
  inspection: Inspection;
  locale: Locale;
  /** Receives focus when the step appears. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  onConfirm: (frame: Frame) => void;
  onCancel: () => void;
}

/** Where degree data usually comes from, and the frame each source writes. */
const SOURCES = [
  ['gcj02', 'GCJ-02'],
  ['bd09', 'BD-09'],
  ['gps', 'EPSG:4326'],
  ['survey', 'EPSG:4490'],
] as const;
type Source = (typeof SOURCES)[number][0] | 'unknown';

/** Attribute names are data too: a file may name a column with a megabyte of text. */
const NAME_LENGTH = 60;

/**
 * Phase 1's question to the planner: the candidate frames as a radio group, each with its
 * confidence and the reasons the detection found, and where the features land in each. A
 * frame is preselected only when the data decides it: when the coordinates cannot tell WGS84
 * from GCJ-02/BD-09 the planner is asked where the data came from, and when no frame puts
 * the data in Guiyang they are told so before anything is imported.
 */
export function FrameConfirmation({
  inspection,
  locale,
  headingRef,
  onConfirm,
  onCancel,
}: FrameConfirmationProps) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState<Frame | 'other' | null>(inspection.preselected);
  const [other, setOther] = useState<Frame>(inspection.suggested);
  const [unsure, setUnsure] = useState(false);
  const [missing, setMissing] = useState(false);
  const firstRadio = useRef<HTMLInputElement>(null);
  const name = (frame: Frame) => `${t(`import.frames.${frameKey(frame)}`)} (${frame})`;
  const chosen = choice === 'other' ? other : choice;
  const choose = (frame: Frame | 'other') => {
    setChoice(frame);
    setUnsure(false);
    setMissing(false);
  };
  const fromSource = (frame: Frame) => {
    if (inspection.candidates.some((c) => c.frame === frame)) return choose(frame);
    setOther(frame);
    choose('other');
  };
  const { caution } = inspection;
  const askSource = inspection.detection.kind === 'degrees' && !inspection.declared;
  const names = inspection.propertyNames.map((n) => shortenText(n, NAME_LENGTH).text);
  return (
    <form
      className="import-confirm"
      data-testid="import-confirm"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) onConfirm(chosen);
        else {
          setMissing(true);
          firstRadio.current?.focus();
        }
      }}
    >
      <h3 ref={headingRef} tabIndex={-1}>
        {t('import.confirmHeading')}
      </h3>
      <p>
        {t('import.confirmIntro', {
          file: inspection.fileName,
          count: inspection.featureCount,
          types: inspection.geometryTypes.join(', '),
        })}
      </p>
      {names.length > 0 && (
        <p className="import-hint">{t('import.attributes', { names: names.join('、') })}</p>
      )}
      {inspection.encoding && (
        <p className="import-hint">{t('import.encoding', { encoding: inspection.encoding })}</p>
      )}
      {inspection.warnings.length > 0 && (
        <ImportIssueList issues={inspection.warnings} locale={locale} />
      )}
      {caution.outside && (
        <div className="import-caution" role="alert" data-testid="import-outside">
          <p>
            <strong>{t('importChecks.outsideHeading')}</strong>
          </p>
          <p>{t('importChecks.outsideIntro')}</p>
          {inspection.declared && <p>{t('importChecks.outsideDeclared')}</p>}
        </div>
      )}
      {askSource && (
        <fieldset className="import-source" data-testid="import-source">
          <legend>{t('importChecks.sourceLegend')}</legend>
          {caution.offsetUndecided && (
            <p className="import-hint">{t('importChecks.sourceIntro')}</p>
          )}
          {SOURCES.map(([source, frame]) => (
            <label key={source} className="import-source-option">
              <input
                type="radio"
                name={`${id}-source`}
                value={source}
                checked={!unsure && chosen === frame}
                onChange={() => fromSource(frame)}
              />{' '}
              {t(`importChecks.source.${source}`)} → {frame}
            </label>
          ))}
          <label className="import-source-option">
            <input
              type="radio"
              name={`${id}-source`}
              value={'unknown' satisfies Source}
              checked={unsure}
              onChange={() => {
                setUnsure(true);
                setChoice(null);
              }}
            />{' '}
            {t('importChecks.source.unknown')}
          </label>
          {unsure && <p className="import-hint">{t('importChecks.sourceUnknownHint')}</p>}
        </fieldset>
      )}
      <fieldset>
        <legend>{t('import.confirmHeading')}</legend>
        <ul className="import-detection-notes">
          {inspection.detection.reasons.map((r, i) => (
            <li key={i}>{r[locale]}</li>
          ))}
        </ul>
        {inspection.candidates.map((candidate, i) => (
          <div key={candidate.frame} className="import-candidate">
            <label>
              <input
                ref={i === 0 ? firstRadio : undefined}
                type="radio"
                name={`${id}-frame`}
                value={candidate.frame}
                checked={choice === candidate.frame}
                onChange={() => choose(candidate.frame)}
                aria-describedby={`${id}-${frameKey(candidate.frame)}`}
              />
              <span className="import-frame-name">{name(candidate.frame)}</span>{' '}
              <span className={`badge confidence-${candidate.confidence}`}>
                {caution.offsetUndecided
                  ? t('importChecks.undecided')
                  : t(`import.confidence.${candidate.confidence}`)}
              </span>
            </label>
            <ul id={`${id}-${frameKey(candidate.frame)}`} className="import-reasons">
              {candidate.reasons.map((r, i) => (
                <li key={i}>{r[locale]}</li>
              ))}
            </ul>
          </div>
        ))}
        <div className="import-candidate">
          <label>
            <input
              type="radio"
              name={`${id}-frame`}
              value="other"
              checked={choice === 'other'}
              onChange={() => choose('other')}
            />
            {t('import.other')}
          </label>{' '}
          <label>
            <span className="visually-hidden">{t('import.otherLabel')}</span>
            <select
              value={other}
              onChange={(e) => {
                setOther(e.currentTarget.value as Frame);
                choose('other');
              }}
            >
              {FRAMES.map((frame) => (
                <option key={frame} value={frame}>
                  {name(frame)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </fieldset>
      <LandingTable landings={inspection.landings} chosen={chosen} name={name} />
      {missing && (
        <p className="import-caution" role="alert" data-testid="import-choose-first">
          {t('importChecks.chooseFirst')}
        </p>
      )}
      <div className="import-actions">
        <button type="submit">{t('import.confirm')}</button>
        <button type="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </form>
  );
}
