import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';
import type { SearchEntry, SearchHit } from '../search/search-index.ts';
import { type Locale } from '../model/locale.ts';

/** The search engine, loaded on first use: pinyin matching brings a large dictionary. */
export interface SearchEngine {
  entries: readonly SearchEntry[];
  search: (entries: readonly SearchEntry[], query: string, limit?: number) => SearchHit[];
}

interface SearchBoxProps {
  loadEngine: () => Promise<SearchEngine>;
  locale: Locale;
  onChoose: (entry: SearchEntry) => void;
}

/**
 * Search across places, measures and indicators (Chinese, English or pinyin), as an ARIA 1.2
 * combobox: arrow keys move through results, Enter opens one, Escape closes the list.
 */
export function SearchBox({ loadEngine, locale, onChoose }: SearchBoxProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const load = () => {
    if (!engine) void loadEngine().then(setEngine);
  };
  const hits = useMemo(
    () => (engine ? engine.search(engine.entries, query, 10) : []),
    [engine, query],
  );
  const expanded = open && query.trim() !== '';

  const choose = (entry: SearchEntry) => {
    onChoose(entry);
    setOpen(false);
    setQuery('');
  };

  return (
    <div className="search" role="search">
      <input
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${id}-${active}` : undefined}
        value={query}
        onChange={(e) => {
          load();
          setQuery(e.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => {
          load();
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && hits[active]) choose(hits[active].entry);
          else if (e.key === 'Escape') setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        className="search-results"
        hidden={!expanded}
        aria-label={t('search.label')}
      >
        {hits.map((hit, index) => (
          <li
            key={`${hit.entry.kind}:${hit.entry.key}`}
            id={`${id}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(hit.entry)}
          >
            <span className="search-kind">{t(`search.kind.${hit.entry.kind}`)}</span>
            <span className="search-title">
              {locale === 'en' && hit.entry.titleEn ? hit.entry.titleEn : hit.entry.title}
            </span>
            <span className="search-context">{hit.entry.context}</span>
          </li>
        ))}
        {engine && hits.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="search-empty">
            {t('search.noResults', { query: query.trim() })}
          </li>
        )}
      </ul>
      <span className="visually-hidden" role="status" aria-live="polite">
        {expanded
          ? hits.length
            ? t('search.results', { count: hits.length })
            : t('search.noResults', { query: query.trim() })
          : ''}
      </span>
    </div>
  );
}
