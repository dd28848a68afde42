import { useId } from 'react';
import type { LayerControlsProps } from '../layer-module.ts';
import type { PopulationParams } from './params.ts';

/** Census context: shade districts by residents or by urban share. */
export function PopulationControls({
  params,
  onParams,
  locale,
}: LayerControlsProps<PopulationParams>) {
  const name = useId();
  const options = [
    { value: 'population' as const, label: { zh: '常住人口', en: 'Residents' } },
    { value: 'urbanization' as const, label: { zh: '城镇人口比重', en: 'Urban share' } },
  ];
  return (
    <div className="layer-controls" data-testid="population-controls">
      <fieldset className="segmented">
        <legend>{locale === 'zh' ? '着色依据' : 'Shade by'}</legend>
        {options.map((o) => (
          <label key={o.value}>
            <input
              type="radio"
              name={name}
              checked={params.measure === o.value}
              onChange={() => onParams({ ...params, measure: o.value })}
            />
            {o.label[locale]}
          </label>
        ))}
      </fieldset>
      <p className="hint">
        {locale === 'zh'
          ? '2020年人口普查数,仅作背景,不是规划的基期值。'
          : '2020 census figures, for context only, not a baseline of the plan.'}
      </p>
    </div>
  );
}
