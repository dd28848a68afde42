import { type LegendSwatch as Swatch } from '../layers/layer-module.ts';

/** One legend symbol, drawn as inline SVG from the same palette tokens as the map. */
export function LegendSwatch({ swatch }: { swatch: Swatch }) {
  const dash = swatch.dashed ? '3 2' : undefined;
  return (
    <svg className="legend-swatch" viewBox="0 0 20 14" width="20" height="14" aria-hidden="true">
      {swatch.shape === 'fill' && (
        <rect
          x="1"
          y="1"
          width="18"
          height="12"
          fill={swatch.color}
          fillOpacity={0.45}
          stroke={swatch.color}
          strokeWidth="2"
          strokeDasharray={dash}
        />
      )}
      {swatch.shape === 'line' && (
        <line
          x1="1"
          y1="7"
          x2="19"
          y2="7"
          stroke={swatch.color}
          strokeWidth="3"
          strokeDasharray={dash}
        />
      )}
      {swatch.shape === 'point' && (
        <circle cx="10" cy="7" r="5" fill={swatch.color} stroke="#fff" strokeWidth="1.5" />
      )}
    </svg>
  );
}
