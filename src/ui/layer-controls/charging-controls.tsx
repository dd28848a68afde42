import { useTranslation } from '../../i18n/use-translation.ts';
import { SERVICE_DISTANCES, type ThematicFilters } from '../../state/thematic-filters.ts';
import { ComputedValue } from '../computed-value.tsx';
import { usePlan } from '../plan-context.ts';
import { UncoveredTownships } from './uncovered-townships.tsx';
import { YearSlider } from './year-slider.tsx';
import { StationsByYear } from './stations-by-year.tsx';

interface ChargingControlsProps {
  filters: ThematicFilters;
  onFilters: (patch: Partial<ThematicFilters>) => void;
}

/** Charging: service distance of the coverage surface, the year slider, 乡镇 coverage. */
export function ChargingControls({ filters, onFilters }: ChargingControlsProps) {
  const { t } = useTranslation();
  const { figures } = usePlan();
  return (
    <div className="layer-controls" data-testid="charging-controls">
      <fieldset className="segmented">
        <legend>{t('controls.serviceKm')}</legend>
        {SERVICE_DISTANCES.map((km) => (
          <label key={km}>
            <input
              type="radio"
              name="service-km"
              checked={filters.serviceKm === km}
              onChange={() => onFilters({ serviceKm: km })}
            />
            {t('controls.km', { km })}
          </label>
        ))}
      </fieldset>
      <YearSlider year={filters.year} onChange={(year) => onFilters({ year })} />
      <h4>{t('controls.townshipCoverage')}</h4>
      <ComputedValue indicatorId="ev-charging-township-coverage" />
      {figures.townships && <UncoveredTownships coverage={figures.townships} />}
      {figures.townships && <StationsByYear rows={figures.townships.stationsByYear} />}
    </div>
  );
}
