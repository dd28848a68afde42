import { z } from 'zod';

/**
 * Deployment configuration, read at start-up from `site-config.json` beside the page, so a
 * deployment sets its 审图号 and options without rebuilding. Every option has a default.
 */
export const SiteConfig = z.object({
  /** The map review number (审图号) shown on every public map; `null` shows "not configured". */
  reviewNumber: z.string().min(1).max(80).nullable().default(null),
});
/** {@link SiteConfig} as a type. */
export type SiteConfig = z.infer<typeof SiteConfig>;

/** Loads the configuration; a missing or invalid file falls back to defaults with a warning. */
export async function loadSiteConfig(): Promise<SiteConfig> {
  try {
    const response = await fetch('site-config.json');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const parsed = SiteConfig.safeParse(await response.json());
    if (parsed.success) return parsed.data;
    console.warn('site-config.json ignored:', parsed.error.issues[0]?.message);
  } catch (error) {
    console.warn('site-config.json not loaded:', (error as Error).message);
  }
  return SiteConfig.parse({});
}
