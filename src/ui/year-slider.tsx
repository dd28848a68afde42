import { useId } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';
import type { PlanPeriod } from '../model/plan-period.ts';

/**
 * The time slider over the plan period the deployment assumes (the document names no years,
 * and the label says so): what is renewed, opened or built by that year.
 */
export function YearSlider({
  year,
  period,
  onChange,
}: {
  year: number;
  period: PlanPeriod;
  onChange: (year: number) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="control-row">
      <label htmlFor={id}>{t('controls.year', { start: period.start, end: period.end })}</label>
      <span className="slider">
        <input
          id={id}
          type="range"
          min={period.start}
          max={period.end}
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
