import { useTranslation } from '../../i18n/use-translation.ts';
import { GUIYANG_DISTRICT_CODES, PIPE_STATUSES, PIPE_TYPES } from '../../layers/feature-values.ts';
import { PIPE_STATUS_STYLE, PIPE_TYPE_STYLE } from '../../layers/pipe-network.ts';
import { type ThematicFilters } from '../../state/thematic-filters.ts';
import { ComputedValue } from '../computed-value.tsx';
import { usePlan } from '../plan-context.ts';
import { YearSlider } from './year-slider.tsx';

/** Toggles a value in a "null = all" selection. */
function toggle<T extends string>(
  current: T[] | null,
  all: readonly T[],
  value: T,
  on: boolean,
): T[] | null {
  const base = current ?? [...all];
  const next = on ? [...new Set([...base, value])] : base.filter((v) => v !== value);
  return next.length === all.length ? null : all.filter((v) => next.includes(v));
}

interface PipeControlsProps {
  filters: ThematicFilters;
  onFilters: (patch: Partial<ThematicFilters>) => void;
}

/** Pipe network: style by type or status, filters, the plan-period slider and its km figure. */
export function PipeControls({ filters, onFilters }: PipeControlsProps) {
  const { t } = useTranslation();
  const { locale, featureName, figures } = usePlan();
  const byDistrict = figures.pipes?.byDistrict ?? {};
  return (
    <div className="layer-controls" data-testid="pipe-controls">
      <fieldset className="segmented">
        <legend>{t('controls.styleBy')}</legend>
        {(['type', 'status'] as const).map((style) => (
          <label key={style}>
            <input
              type="radio"
              name="pipe-style"
              checked={filters.pipeStyle === style}
              onChange={() => onFilters({ pipeStyle: style })}
            />
            {t(`controls.by.${style}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('controls.types')}</legend>
        {PIPE_TYPES.map((type) => (
          <label key={type} className="check">
            <input
              type="checkbox"
              checked={!filters.pipeTypes || filters.pipeTypes.includes(type)}
              onChange={(e) =>
                onFilters({
                  pipeTypes: toggle(filters.pipeTypes, PIPE_TYPES, type, e.currentTarget.checked),
                })
              }
            />
            {PIPE_TYPE_STYLE[type].label[locale]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('controls.statuses')}</legend>
        {PIPE_STATUSES.map((status) => (
          <label key={status} className="check">
            <input
              type="checkbox"
              checked={!filters.pipeStatuses || filters.pipeStatuses.includes(status)}
              onChange={(e) =>
                onFilters({
                  pipeStatuses: toggle(
                    filters.pipeStatuses,
                    PIPE_STATUSES,
                    status,
                    e.currentTarget.checked,
                  ),
                })
              }
            />
            {PIPE_STATUS_STYLE[status].label[locale]}
          </label>
        ))}
      </fieldset>
      <details>
        <summary>{t('controls.districts')}</summary>
        {GUIYANG_DISTRICT_CODES.map((code) => (
          <label key={code} className="check">
            <input
              type="checkbox"
              checked={!filters.pipeDistricts || filters.pipeDistricts.includes(code)}
              onChange={(e) =>
                onFilters({
                  pipeDistricts: toggle(
                    filters.pipeDistricts,
                    GUIYANG_DISTRICT_CODES,
                    code,
                    e.currentTarget.checked,
                  ),
                })
              }
            />
            {featureName({ layer: 'districts', id: code })}
          </label>
        ))}
      </details>
      <YearSlider year={filters.year} onChange={(year) => onFilters({ year })} />
      <h4>{t('controls.renewedKm')}</h4>
      <ComputedValue indicatorId="pipe-network-km" />
      {Object.keys(byDistrict).length > 0 && (
        <details>
          <summary>{t('indicator.byDistrict')}</summary>
          <table className="figure-table">
            <tbody>
              {Object.entries(byDistrict).map(([code, km]) => (
                <tr key={code}>
                  <th scope="row">{featureName({ layer: 'districts', id: code })}</th>
                  <td>{km.renewedKm.toFixed(1)} km</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
