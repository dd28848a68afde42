import { useId } from 'react';
import type { LayerControlsProps } from '../layer-module.ts';
import type { ChargingParams } from './params.ts';
import { SERVICE_DISTANCES } from './values.ts';

/** Charging: the service distance of the coverage surface. */
export function ChargingControls({ params, onParams, locale }: LayerControlsProps<ChargingParams>) {
  const name = useId();
  return (
    <div className="layer-controls" data-testid="charging-controls">
      <fieldset className="segmented">
        <legend>{locale === 'zh' ? '充电服务半径' : 'Charging service distance'}</legend>
        {SERVICE_DISTANCES.map((km) => (
          <label key={km}>
            <input
              type="radio"
              name={name}
              checked={params.serviceKm === km}
              onChange={() => onParams({ ...params, serviceKm: km })}
            />
            {locale === 'zh' ? `${km} 公里` : `${km} km`}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
