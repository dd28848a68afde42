import type { LayerParams } from '../../model/layer-params.ts';
import { SERVICE_DISTANCES, type ServiceDistance } from './values.ts';

/** The charging layer's own state: the service distance of its coverage surface. */
export interface ChargingParams {
  serviceKm: ServiceDistance;
}

/** `serviceKm`: 1, 3 (default) or 5 km. */
export const chargingParams: LayerParams<ChargingParams> = {
  defaults: { serviceKm: 3 },
  names: ['serviceKm'],
  parse(params, _name, value) {
    const km = Number(value);
    return (SERVICE_DISTANCES as readonly number[]).includes(km)
      ? { ...params, serviceKm: km as ServiceDistance }
      : {
          warning: {
            zh: `应为 ${SERVICE_DISTANCES.join('、')} 之一`,
            en: `expected one of ${SERVICE_DISTANCES.join(', ')}`,
          },
        };
  },
  print(params, out) {
    if (params.serviceKm !== 3) out.set('serviceKm', String(params.serviceKm));
  },
};
