import type { LayerParamsEntry } from '../model/layer-params.ts';
import { type AppState } from './app-state.ts';
import { parseUrlState, printUrlState, type UrlVocabulary, type UrlWarning } from './url-state.ts';

/** How much interface the embed shows: the map only, plus the legend, plus the inspector. */
export const UI_LEVELS = ['map', 'legend', 'full'] as const;
/** One of {@link UI_LEVELS}. */
export type UiLevel = (typeof UI_LEVELS)[number];

/** What an embed URL configures. */
export interface EmbedParams {
  state: AppState;
  ui: UiLevel;
  /** The host page's URL or origin, if the site's editors put it in the link. */
  host?: string;
  warnings: UrlWarning[];
}

/**
 * Reads the embed's URL: the planner app's parameters plus `ui` and `host`. Unknown or
 * malformed parameters are ignored with a warning, never a broken page.
 */
export function parseEmbedParams(search: string, vocabulary: UrlVocabulary): EmbedParams {
  const params = new URLSearchParams(search);
  const warnings: UrlWarning[] = [];
  let ui: UiLevel = 'legend';
  const rawUi = params.get('ui');
  if (rawUi !== null) {
    if ((UI_LEVELS as readonly string[]).includes(rawUi)) ui = rawUi as UiLevel;
    else
      warnings.push({
        name: 'ui',
        value: rawUi,
        reason: {
          zh: `应为 ${UI_LEVELS.join('、')} 之一`,
          en: `expected one of ${UI_LEVELS.join(', ')}`,
        },
      });
  }
  const host = params.get('host') ?? undefined;
  params.delete('ui');
  params.delete('host');
  const parsed = parseUrlState(params.toString(), vocabulary);
  return {
    state: parsed.state,
    ui,
    ...(host ? { host } : {}),
    warnings: [...warnings, ...parsed.warnings],
  };
}

/** The embed's query string for a state and interface level (the inverse of parsing). */
export function printEmbedParams(
  state: AppState,
  ui: UiLevel,
  layerParams: readonly LayerParamsEntry[] = [],
): string {
  const query = printUrlState(state, layerParams);
  const uiPart = ui === 'legend' ? '' : `ui=${ui}`;
  return [query, uiPart].filter(Boolean).join('&');
}

/** Options of {@link embedSnippet}. */
export interface SnippetOptions {
  /** Absolute URL of the deployed `embed.html`. */
  embedUrl: string;
  state: AppState;
  ui: UiLevel;
  /** Pixel width, or `'100%'` to fill the column. */
  width: number | '100%';
  height: number;
  title: string;
  /** The layers' own parameters, printed by their layers. */
  layerParams?: readonly LayerParamsEntry[];
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The `<iframe>` HTML an editor pastes into the government site. */
export function embedSnippet({
  embedUrl,
  state,
  ui,
  width,
  height,
  title,
  layerParams = [],
}: SnippetOptions): string {
  const query = printEmbedParams(state, ui, layerParams);
  const src = `${embedUrl}${query ? `?${query}` : ''}`;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="${width}" height="${height}" style="border:0" loading="lazy" ` +
    `allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin"></iframe>`
  );
}
