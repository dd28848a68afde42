import { useCallback, useEffect, useState } from 'react';
import { type AppState } from './app-state.ts';
import { parseUrlState, printUrlState, type UrlVocabulary } from './url-state.ts';

/** Reads the state from the current address once, warning about what it ignored. */
export function readInitialState(vocabulary: UrlVocabulary): AppState {
  const { state, warnings } = parseUrlState(window.location.search, vocabulary);
  for (const warning of warnings) console.warn(warning);
  return state;
}

/**
 * App state mirrored into the address bar (replaceState: panning must not flood the back
 * button), so a copied link reopens the same map.
 */
export function useUrlState(initial: AppState) {
  const [state, setState] = useState(initial);
  useEffect(() => {
    const query = printUrlState(state);
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(null, '', url);
    }
  }, [state]);
  const update = useCallback(
    (patch: Partial<AppState>) => setState((s) => ({ ...s, ...patch })),
    [],
  );
  return [state, update] as const;
}
