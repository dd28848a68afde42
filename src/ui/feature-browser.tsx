import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';
import type { FeatureCollection } from 'geojson';
import { pick, type Locale } from '../model/locale.ts';
import { type LayerModule } from '../layers/layer-module.ts';
import { type FeatureRef } from '../model/feature-ref.ts';
import { shortenText } from './import/shorten-text.ts';

interface FeatureBrowserProps {
  /** The visible layers, in draw order. */
  layers: readonly LayerModule[];
  /** The layer the list opens on when it is visible (the registry's home layer). */
  home?: string | undefined;
  data: ReadonlyMap<string, FeatureCollection>;
  /** Feature counts of the datasets drawn from tiles, which are too many to list. */
  unlisted: ReadonlyMap<string, number>;
  locale: Locale;
  selected: FeatureRef | null;
  /** The feature the keyboard is on (the map draws a focus ring around it). */
  onFocusFeature: (ref: FeatureRef | null) => void;
  onSelect: (ref: FeatureRef) => void;
}

/**
 * The map's features as a list, in step with the map: a listbox with aria-activedescendant,
 * so keyboard and screen-reader users reach the features themselves, not just the controls.
 * Arrow keys move (the map rings the feature), Enter selects (the inspector opens).
 */
export function FeatureBrowser({
  layers: all,
  home,
  data,
  unlisted,
  locale,
  selected,
  onFocusFeature,
  onSelect,
}: FeatureBrowserProps) {
  const { t } = useTranslation();
  const id = useId();
  const layers = useMemo(() => all.filter((l) => l.listed !== false), [all]);
  const [open, setOpen] = useState(true);
  const [layerId, setLayerId] = useState<string | null>(null);
  const layer =
    layers.find((l) => l.id === layerId) ??
    layers.find((l) => l.id === home) ??
    layers[layers.length - 1];
  const items = useMemo(() => {
    if (!layer) return [];
    return (data.get(layer.dataset)?.features ?? []).map((f) => {
      const p = f.properties ?? {};
      const zh = shortenText(String(p[layer.interaction.nameProperty] ?? f.id)).text;
      const en = layer.interaction.nameEnProperty ? p[layer.interaction.nameEnProperty] : undefined;
      return { id: String(f.id), zh, en: typeof en === 'string' ? en : undefined };
    });
  }, [layer, data]);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const listHasFocus = useRef(false);

  // Follow the map: a click on the map moves the list to the clicked feature (adjusting state
  // while rendering, as React recommends for state derived from a changed prop).
  const [followed, setFollowed] = useState(selected);
  if (followed !== selected) {
    setFollowed(selected);
    const index =
      selected && selected.layer === layer?.id ? items.findIndex((i) => i.id === selected.id) : -1;
    if (index >= 0) setActive(index);
  }

  useEffect(() => {
    // Only the list scrolls to its active option: scrollIntoView would scroll every box around
    // it too (the embed's legend opened scrolled down to the list, hiding the layers).
    const item = document.getElementById(`${id}-${active}`);
    const box = list.current;
    if (!item || !box) return;
    const i = item.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    if (i.top < b.top) box.scrollTop -= b.top - i.top;
    else if (i.bottom > b.bottom) box.scrollTop += i.bottom - b.bottom;
  }, [id, active]);

  const focusItem = (index: number) => {
    const clamped = Math.max(0, Math.min(index, items.length - 1));
    setActive(clamped);
    const item = items[clamped];
    if (layer && item) onFocusFeature({ layer: layer.id, id: item.id });
  };
  const label = layer ? pick(layer.title, locale) : '';

  return (
    <section
      className="feature-browser"
      aria-labelledby={`${id}-heading`}
      data-testid="feature-browser"
    >
      <div className="feature-browser-header">
        <h2 id={`${id}-heading`}>{t('a11y.featureList')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          aria-label={open ? t('a11y.collapse') : t('a11y.expand')}
          onClick={() => setOpen(!open)}
        >
          {open ? '−' : '+'}
        </button>
      </div>
      <div id={`${id}-body`} className="feature-browser-body" hidden={!open}>
        {!layer ? (
          <p>{t('a11y.featureListEmpty')}</p>
        ) : (
          <>
            <label className="feature-browser-layer">
              {t('a11y.featureListLayer')}
              <select
                value={layer.id}
                onChange={(e) => {
                  setLayerId(e.currentTarget.value);
                  setActive(0);
                }}
              >
                {[...layers].reverse().map((l) => (
                  <option key={l.id} value={l.id}>
                    {pick(l.title, locale)}
                  </option>
                ))}
              </select>
            </label>
            {unlisted.has(layer.dataset) ? (
              <p data-testid="feature-list-tiled">
                {t('a11y.featureListTiled', {
                  n: (unlisted.get(layer.dataset) ?? 0).toLocaleString(
                    locale === 'zh' ? 'zh-CN' : 'en',
                  ),
                  layer: label,
                })}
              </p>
            ) : (
              <>
                <p className="hint" id={`${id}-hint`}>
                  {t('a11y.featureListHint')}
                </p>
                <ul
                  ref={list}
                  role="listbox"
                  tabIndex={0}
                  aria-label={t('a11y.featureListLabel', { layer: label })}
                  aria-describedby={`${id}-hint`}
                  aria-activedescendant={items[active] ? `${id}-${active}` : undefined}
                  className="feature-options"
                  data-testid="feature-list"
                  onFocus={() => {
                    listHasFocus.current = true;
                    focusItem(active);
                  }}
                  onBlur={() => {
                    listHasFocus.current = false;
                    onFocusFeature(null);
                  }}
                  onKeyDown={(e) => {
                    const keys: Record<string, () => void> = {
                      ArrowDown: () => focusItem(active + 1),
                      ArrowUp: () => focusItem(active - 1),
                      Home: () => focusItem(0),
                      End: () => focusItem(items.length - 1),
                      Enter: () =>
                        items[active] && onSelect({ layer: layer.id, id: items[active].id }),
                      ' ': () =>
                        items[active] && onSelect({ layer: layer.id, id: items[active].id }),
                    };
                    const action = keys[e.key];
                    if (!action) return;
                    e.preventDefault();
                    action();
                  }}
                >
                  {items.map((item, index) => (
                    <li
                      key={item.id}
                      id={`${id}-${index}`}
                      role="option"
                      aria-selected={selected?.layer === layer.id && selected.id === item.id}
                      className={index === active ? 'active' : undefined}
                      lang="zh-CN"
                      onClick={() => {
                        setActive(index);
                        onSelect({ layer: layer.id, id: item.id });
                      }}
                    >
                      {item.zh}
                      {locale === 'en' && item.en && (
                        <span className="option-en" lang="en">
                          {' '}
                          {item.en}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}
