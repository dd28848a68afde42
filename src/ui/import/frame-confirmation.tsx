import { useId, useState, type RefObject } from 'react';
import { useTranslation } from '../../i18n/use-translation.ts';
import type { Inspection } from '../../import/import-dataset.ts';
import { frameKey } from './frame-key.ts';
import { ImportIssueList } from './import-issue-list.tsx';
import { FRAMES, type Frame } from '../../model/frames.ts';
import { type Locale } from '../../model/locale.ts';

/** Props of {@link FrameConfirmation}. */
export interface FrameConfirmationProps {
  inspection: Inspection;
  locale: Locale;
  /** Receives focus when the step appears. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  onConfirm: (frame: Frame) => void;
  onCancel: () => void;
}

/**
 * Phase 1's question to the planner: the candidate frames as a radio group, best first and
 * preselected, each with its confidence and the reasons the detection found; or any other
 * frame from a list. Warnings of the inspection are shown above the choice.
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
  const [choice, setChoice] = useState<Frame | 'other'>(inspection.suggested);
  const [other, setOther] = useState<Frame>(inspection.suggested);
  const name = (frame: Frame) => `${t(`import.frames.${frameKey(frame)}`)} (${frame})`;
  return (
    <form
      className="import-confirm"
      data-testid="import-confirm"
      onSubmit={(e) => {
        e.preventDefault();
        onConfirm(choice === 'other' ? other : choice);
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
      {inspection.propertyNames.length > 0 && (
        <p className="import-hint">
          {t('import.attributes', { names: inspection.propertyNames.join('、') })}
        </p>
      )}
      {inspection.encoding && (
        <p className="import-hint">{t('import.encoding', { encoding: inspection.encoding })}</p>
      )}
      {inspection.warnings.length > 0 && (
        <ImportIssueList issues={inspection.warnings} locale={locale} />
      )}
      <fieldset>
        <legend>{t('import.confirmHeading')}</legend>
        <ul className="import-detection-notes">
          {inspection.detection.reasons.map((r, i) => (
            <li key={i}>{r[locale]}</li>
          ))}
        </ul>
        {inspection.candidates.map((candidate) => (
          <div key={candidate.frame} className="import-candidate">
            <label>
              <input
                type="radio"
                name={`${id}-frame`}
                value={candidate.frame}
                checked={choice === candidate.frame}
                onChange={() => setChoice(candidate.frame)}
                aria-describedby={`${id}-${frameKey(candidate.frame)}`}
              />
              <span className="import-frame-name">{name(candidate.frame)}</span>{' '}
              <span className={`badge confidence-${candidate.confidence}`}>
                {t(`import.confidence.${candidate.confidence}`)}
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
              onChange={() => setChoice('other')}
            />
            {t('import.other')}
          </label>{' '}
          <label>
            <span className="visually-hidden">{t('import.otherLabel')}</span>
            <select
              value={other}
              onChange={(e) => {
                setOther(e.currentTarget.value as Frame);
                setChoice('other');
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
      <div className="import-actions">
        <button type="submit">{t('import.confirm')}</button>
        <button type="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </form>
  );
}
