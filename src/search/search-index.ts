import { match as pinyinMatch } from 'pinyin-pro';
import type { FeatureCollection } from 'geojson';
import { type Catalogue } from '../plan/plan-schema.ts';
import { type LayerModule } from '../layers/layer-module.ts';

/** Something a search can find: a layer, a map feature, a measure or an indicator. */
export interface SearchEntry {
  kind: 'layer' | 'feature' | 'measure' | 'indicator';
  /** `layer:id` for features, the layer, measure or indicator id otherwise. */
  key: string;
  title: string;
  titleEn?: string;
  /** Short context shown under the title (layer name, measure label, target). */
  context: string;
  /** Longer text searched after titles (a measure's full text, an indicator's sentence). */
  body: string;
  /** Other words it is found by, ranked like its title (a layer's synonyms). */
  keywords?: string[];
}

/** Everything searchable, built once from the catalogue and the loaded layers. */
export function buildSearchEntries(
  catalogue: Catalogue,
  layers: readonly LayerModule[],
  data: ReadonlyMap<string, FeatureCollection>,
): SearchEntry[] {
  const entries: SearchEntry[] = [];
  // An indicator a layer computes is found by that layer's words too (充电 → 乡乡全覆盖).
  const indicatorWords = new Map<string, string[]>();
  for (const layer of layers) {
    const words = (layer.keywords ?? []).flatMap((k) => [k.zh, k.en]);
    entries.push({
      kind: 'layer',
      key: layer.id,
      title: layer.title.zh,
      titleEn: layer.title.en,
      context: '',
      body: '',
      keywords: words,
    });
    for (const id of Object.keys(layer.figures ?? {}))
      indicatorWords.set(id, [...(indicatorWords.get(id) ?? []), ...words]);
  }
  for (const layer of layers) {
    if (layer.listed === false) continue;
    for (const feature of data.get(layer.dataset)?.features ?? []) {
      const p = feature.properties ?? {};
      const title = p[layer.interaction.nameProperty];
      if (typeof title !== 'string') continue;
      const en = layer.interaction.nameEnProperty ? p[layer.interaction.nameEnProperty] : undefined;
      entries.push({
        kind: 'feature',
        key: `${layer.id}:${String(feature.id ?? p.id)}`,
        title,
        ...(typeof en === 'string' ? { titleEn: en } : {}),
        context: layer.title.zh,
        body: '',
      });
    }
  }
  for (const m of catalogue.measures) {
    entries.push({
      kind: 'measure',
      key: m.id,
      title: m.title,
      titleEn: m.titleEn,
      context: m.label,
      body: m.text,
    });
  }
  for (const i of catalogue.indicators) {
    entries.push({
      kind: 'indicator',
      key: i.id,
      title: i.name,
      titleEn: i.nameEn,
      context: i.figure,
      body: i.sentence,
      keywords: indicatorWords.get(i.id) ?? [],
    });
  }
  return entries;
}

/** A search result: the entry and how well it matched (lower is better). */
export interface SearchHit {
  entry: SearchEntry;
  rank: number;
}

const ASCII = /^[\x20-\x7e]+$/;

/** How an entry matches a query, as a rank (lower = better), or undefined when it does not. */
function rankOf(entry: SearchEntry, query: string): number | undefined {
  const q = query.toLowerCase();
  const title = entry.title.toLowerCase();
  const label = entry.kind === 'measure' ? entry.context : '';
  if (title === q || label === query) return 0;
  if (title.startsWith(q)) return 1;
  if (title.includes(q) || label.includes(query)) return 2;
  if (entry.titleEn?.toLowerCase().includes(q)) return 3;
  if (entry.keywords?.some((k) => k.toLowerCase().includes(q))) return 3;
  // Pinyin: full syllables or initials ("guanshan", "gsh") against the Chinese title.
  if (ASCII.test(query) && q.replace(/\s/g, '').length >= 2) {
    const hit = pinyinMatch(entry.title, q.replace(/\s/g, ''), { continuous: true });
    if (hit && hit.length > 0) return 4;
  }
  if (entry.body.toLowerCase().includes(q)) return 5;
  return undefined;
}

/** Finds entries for a query in Chinese, English or pinyin; titles before body text. */
export function searchEntries(
  entries: readonly SearchEntry[],
  query: string,
  limit = 12,
): SearchHit[] {
  const q = query.trim();
  if (q === '') return [];
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    const rank = rankOf(entry, q);
    if (rank !== undefined) hits.push({ entry, rank });
  }
  const kindOrder = { layer: 0, feature: 1, measure: 2, indicator: 3 };
  return hits
    .sort((a, b) => a.rank - b.rank || kindOrder[a.entry.kind] - kindOrder[b.entry.kind])
    .slice(0, limit);
}
