import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation.ts';
import { PLAN_PERIOD } from '../../plan/plan-period.ts';

/** The plan-period slider (2025 → end of the plan): what is renewed or opened by that year. */
export function YearSlider({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="control-row">
      <label htmlFor={id}>
        {t('controls.year', { start: PLAN_PERIOD.start, end: PLAN_PERIOD.end })}
      </label>
      <span className="slider">
        <input
          id={id}
          type="range"
          min={PLAN_PERIOD.start}
          max={PLAN_PERIOD.end}
          step={1}
          value={year}
          aria-valuetext={t('controls.yearValue', { year })}
          onChange={(e) => onChange(Number(e.currentTarget.value))}
          data-testid="year-slider"
        />
        <output htmlFor={id}>{year}</output>
      </span>
    </div>
  );
}
