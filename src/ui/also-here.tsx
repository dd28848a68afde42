import { useTranslation } from '../i18n/use-translation.ts';
import type { FeatureRef } from '../model/feature-ref.ts';
import { usePlan } from './plan-context.ts';

/**
 * The other features under the spot the user clicked (a district under the structure's focus
 * area, a station on a zone): each one button away, by mouse or keyboard.
 */
export function AlsoHere({
  hits,
  selected,
  onSelect,
}: {
  hits: readonly FeatureRef[];
  selected: FeatureRef;
  onSelect: (ref: FeatureRef) => void;
}) {
  const { t } = useTranslation();
  const { featureName, layerName } = usePlan();
  const same = (h: FeatureRef) => h.layer === selected.layer && h.id === selected.id;
  // Only for a selection made by that click (not one chosen from the list or search).
  if (!hits.some(same)) return null;
  const others = hits.filter((h) => !same(h));
  if (others.length === 0) return null;
  return (
    <section className="also-here" aria-labelledby="also-here-heading" data-testid="also-here">
      <h3 id="also-here-heading">{t('inspector.alsoHere')}</h3>
      <ul className="chips">
        {others.map((ref) => (
          <li key={`${ref.layer}:${ref.id}`}>
            <button type="button" className="chip-button" onClick={() => onSelect(ref)}>
              {featureName(ref)}
              <span className="hint"> · {layerName(ref.layer)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
