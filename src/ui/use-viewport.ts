import { useCallback, useSyncExternalStore } from 'react';

/** The app's phone layout: panels become bottom sheets (app.css `@media (max-width: 700px)`). */
export const PHONE_QUERY = '(max-width: 700px)';
/** The embed's bottom-sheet layout, for narrow iframes (embed.css `@media (max-width: 520px)`). */
export const EMBED_PHONE_QUERY = '(max-width: 520px)';

/** Whether a media query matches now (false where there is no `matchMedia`). */
export function matchesMedia(query: string): boolean {
  return typeof window !== 'undefined' && (window.matchMedia?.(query).matches ?? false);
}

/** Whether a media query matches, re-rendering when it starts or stops matching. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => matchesMedia(query));
}

const onResize = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};

/** The window's inner height in px, re-rendering on resize (a phone turned, a frame resized). */
export function useViewportHeight(): number {
  return useSyncExternalStore(onResize, () => window.innerHeight);
}
