import { useId } from 'react';
import { GUIYANG_DISTRICTS, GUIYANG_DISTRICT_CODES } from '../../model/guiyang-districts.ts';
import type { LayerControlsProps } from '../layer-module.ts';
import type { PipeParams } from './params.ts';
import { PIPE_STATUSES, PIPE_STATUS_STYLE, PIPE_TYPES, PIPE_TYPE_STYLE } from './values.ts';

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

const TEXT = {
  styleBy: { zh: '配色依据', en: 'Colour by' },
  byType: { zh: '按类型', en: 'Type' },
  byStatus: { zh: '按状态', en: 'Status' },
  types: { zh: '管线类型', en: 'Pipe types' },
  statuses: { zh: '状态', en: 'Status' },
  districts: { zh: '区县', en: 'Districts' },
};

/** Pipe network: style by type or status, and filters by type, status and district. */
export function PipeControls({ params, onParams, locale }: LayerControlsProps<PipeParams>) {
  const name = useId();
  return (
    <div className="layer-controls" data-testid="pipe-controls">
      <fieldset className="segmented">
        <legend>{TEXT.styleBy[locale]}</legend>
        {(['type', 'status'] as const).map((style) => (
          <label key={style}>
            <input
              type="radio"
              name={name}
              checked={params.style === style}
              onChange={() => onParams({ ...params, style })}
            />
            {(style === 'type' ? TEXT.byType : TEXT.byStatus)[locale]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{TEXT.types[locale]}</legend>
        {PIPE_TYPES.map((type) => (
          <label key={type} className="check">
            <input
              type="checkbox"
              checked={!params.types || params.types.includes(type)}
              onChange={(e) =>
                onParams({
                  ...params,
                  types: toggle(params.types, PIPE_TYPES, type, e.currentTarget.checked),
                })
              }
            />
            {PIPE_TYPE_STYLE[type].label[locale]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{TEXT.statuses[locale]}</legend>
        {PIPE_STATUSES.map((status) => (
          <label key={status} className="check">
            <input
              type="checkbox"
              checked={!params.statuses || params.statuses.includes(status)}
              onChange={(e) =>
                onParams({
                  ...params,
                  statuses: toggle(params.statuses, PIPE_STATUSES, status, e.currentTarget.checked),
                })
              }
            />
            {PIPE_STATUS_STYLE[status].label[locale]}
          </label>
        ))}
      </fieldset>
      <details>
        <summary>{TEXT.districts[locale]}</summary>
        {GUIYANG_DISTRICTS.map(({ code, name: district }) => (
          <label key={code} className="check">
            <input
              type="checkbox"
              checked={!params.districts || params.districts.includes(code)}
              onChange={(e) =>
                onParams({
                  ...params,
                  districts: toggle(
                    params.districts,
                    GUIYANG_DISTRICT_CODES as readonly string[],
                    code,
                    e.currentTarget.checked,
                  ),
                })
              }
            />
            {district[locale]}
          </label>
        ))}
      </details>
    </div>
  );
}
