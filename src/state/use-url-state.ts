import { useCallback, useEffect, useState } from 'react';
import type { LayerParamsEntry } from '../model/layer-params.ts';
import { type AppState } from './app-state.ts';
import { printUrlState } from './url-state.ts';

/**
 * App state mirrored into the address bar (replaceState: panning must not flood the back
 * button), so a copied link reopens the same map.
 */
export function useUrlState(initial: AppState, layerParams: readonly LayerParamsEntry[]) {
  const [state, setState] = useState(initial);
  useEffect(() => {
    const query = printUrlState(state, layerParams);
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(null, '', url);
    }
  }, [state, layerParams]);
  const update = useCallback(
    (patch: Partial<AppState>) => setState((s) => ({ ...s, ...patch })),
    [],
  );
  return [state, update] as const;
}
