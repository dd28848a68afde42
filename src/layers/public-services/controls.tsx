import { useId } from 'react';
import type { LayerControlsProps } from '../layer-module.ts';
import type { PublicServiceParams } from './params.ts';
import { FACILITY_KIND_LABELS, FACILITY_KINDS, SERVICE_DISTANCE_KM } from './values.ts';

/** Public services: which kind of facility the service area is drawn for, and its distance. */
export function PublicServiceControls({
  params,
  onParams,
  locale,
}: LayerControlsProps<PublicServiceParams>) {
  const id = useId();
  return (
    <div className="layer-controls" data-testid="public-services-controls">
      <div className="control-row">
        <label htmlFor={id}>{locale === 'zh' ? '服务范围所示设施' : 'Service area of'}</label>
        <select
          id={id}
          value={params.serviceKind}
          onChange={(e) =>
            onParams({
              ...params,
              serviceKind: e.currentTarget.value as PublicServiceParams['serviceKind'],
            })
          }
        >
          {FACILITY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {FACILITY_KIND_LABELS[kind][locale]} ·{' '}
              {locale === 'zh'
                ? `${SERVICE_DISTANCE_KM[kind]} 公里`
                : `${SERVICE_DISTANCE_KM[kind]} km`}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
