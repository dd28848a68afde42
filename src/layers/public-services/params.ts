import type { LayerParams } from '../../model/layer-params.ts';
import { FACILITY_KINDS, type FacilityKind } from './values.ts';

/** Which kind of facility the service area is drawn for (`serviceKind`). */
export interface PublicServiceParams {
  serviceKind: FacilityKind;
}

/** Primary schools by default: what most children walk to. */
export const publicServiceParams: LayerParams<PublicServiceParams> = {
  defaults: { serviceKind: 'primary-school' },
  names: ['serviceKind'],
  parse(params, _name, value) {
    return (FACILITY_KINDS as readonly string[]).includes(value)
      ? { ...params, serviceKind: value as FacilityKind }
      : {
          warning: {
            zh: `应为 ${FACILITY_KINDS.join('、')} 之一`,
            en: `expected one of ${FACILITY_KINDS.join(', ')}`,
          },
        };
  },
  print(params, out) {
    if (params.serviceKind !== 'primary-school') out.set('serviceKind', params.serviceKind);
  },
};
