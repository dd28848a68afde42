import { DEFAULT_PLAN_PERIOD } from '../model/plan-period.ts';
import { z } from './zod-mini.ts';

/** Whether a string is exactly a web origin (`https://host[:port]`, no path, no trailing slash). */
export function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

// A CSP source expression that cannot break out of the header or the nginx string it is
// printed into: a keyword, a scheme (`https:`) or a host source (`https://*.gov.cn:443`).
const CSP_KEYWORD = /^'(self|none)'$/;
const CSP_SCHEME = /^[a-z][a-z0-9+.-]*:$/;
const CSP_HOST =
  /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:\*|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(?:\d{1,5}|\*))?(?:\/[A-Za-z0-9._~/-]*)?$/i;

/** Whether a string is one CSP source expression that `frame-ancestors` accepts. */
export function isCspSource(value: string): boolean {
  return CSP_KEYWORD.test(value) || CSP_SCHEME.test(value) || CSP_HOST.test(value);
}

/** An absolute https URL, or a path on the page's own origin (relative or starting with `/`). */
function isSameOriginPathOrHttps(value: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }
  return value.length > 0 && !/[\s"'<>\\]/.test(value);
}

const Origin = z.string().check(
  z.refine(isOrigin, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not an origin: give scheme and host only, like "https://www.guiyang.gov.cn"`,
  }),
);

const CspSource = z.string().check(
  z.refine(isCspSource, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a CSP source: use 'self', 'none', a scheme like https: or a host like https://www.guiyang.gov.cn`,
  }),
);

const TileUrl = z.string().check(
  z.refine(isSameOriginPathOrHttps, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} must be a path on this site (e.g. "tiles/basemap.pmtiles") or an https:// URL`,
  }),
);

/** Where the embed may be framed, and who may talk to it. */
export const EmbedConfig = z.object({
  /** Origins whose pages may send the embed messages (postMessage), e.g. "https://www.guiyang.gov.cn"; default none. */
  allowedOrigins: z._default(z.array(Origin), []),
  /** CSP `frame-ancestors` sources: the pages that may show the map in an iframe; default same origin only. */
  frameAncestors: z._default(
    z.array(CspSource).check(
      z.minLength(1),
      z.refine((list) => !list.includes("'none'") || list.length === 1, {
        error: "'none' cannot be combined with other frame ancestors",
      }),
    ),
    ["'self'"],
  ),
});

/** The basemap under the plan's layers; the default is the project's own offline basemap. */
export const BasemapConfig = z.discriminatedUnion('kind', [
  z.object({
    /** The project's own basemap (land, boundaries): no request leaves the site's origin. */
    kind: z.literal('offline'),
  }),
  z.object({
    /** 天地图 Web-Mercator (`_w`) tiles with Chinese labels. */
    kind: z.literal('tianditu'),
    /** `vec` = map + `cva` labels, `img` = imagery + `cia` labels; default `vec`. */
    layer: z._default(z.enum(['vec', 'img']), 'vec'),
    /** The deployment's 天地图 key (`tk`), bound to the site's domain at console.tianditu.gov.cn; required. */
    key: z
      .string()
      .check(z.regex(/^[A-Za-z0-9]{8,64}$/, { error: 'a 天地图 key is 8–64 letters and digits' })),
    /** 天地图's own 审图号 text, shown with its attribution, e.g. "审图号:GS(2024)0568号"; default none. */
    reviewNumber: z.optional(z.string().check(z.minLength(1), z.maxLength(80))),
  }),
  z.object({
    /** A PMTiles archive (raster or vector), read with HTTP byte ranges. */
    kind: z.literal('pmtiles'),
    /** The archive: a path on this site or an https URL (that host must allow CORS and Range). */
    url: TileUrl,
    /** Attribution shown with the data sources; default: the archive's own metadata. */
    attribution: z.optional(z.string().check(z.maxLength(200))),
  }),
  z.object({
    /** A MapLibre style whose sources and layers are drawn under the plan's layers. */
    kind: z.literal('style'),
    /** The style JSON: a path on this site or an https URL. */
    url: TileUrl,
    /** Further origins the style's tiles come from, added to the CSP; default none. */
    hosts: z._default(z.array(Origin), []),
    /** Attribution shown with the data sources; default: the attributions of the style's sources. */
    attribution: z.optional(z.string().check(z.maxLength(200))),
  }),
]);
/** {@link BasemapConfig} as a type. */
export type BasemapConfig = z.infer<typeof BasemapConfig>;

/**
 * The years the deployment takes the plan to cover. The document (筑府发〔2025〕17号) names no
 * start or end year for its 五年, so this is the deployment's assumption, and every place the
 * interface uses it says so.
 */
export const PlanPeriodConfig = z
  .object({
    start: z.int().check(z.gte(2000), z.lte(2100)),
    end: z.int().check(z.gte(2000), z.lte(2100)),
  })
  .check(
    z.refine((p) => p.end >= p.start && p.end - p.start <= 10, {
      error: 'planPeriod: end must be the start or up to ten years after it',
    }),
  );

/**
 * Deployment configuration, read at start-up from `site-config.json` beside the page, so a
 * deployment sets its 审图号 and options without rebuilding. Every option has a default.
 * The servers (`scripts/serve.ts`, `deploy/nginx.conf`) read the same file for their CSP.
 */
export const SiteConfig = z.object({
  /** The map review number (审图号) shown on every public map; `null` shows "not configured". */
  reviewNumber: z._default(z.nullable(z.string().check(z.minLength(1), z.maxLength(80))), null),
  /** Iframe embedding: allowed message origins and CSP frame ancestors. */
  embed: z.prefault(EmbedConfig, {}),
  /** The basemap; default `{ "kind": "offline" }`. */
  basemap: z._default(BasemapConfig, { kind: 'offline' }),
  /** The assumed plan period of the time slider and the figures; default 2025–2030. */
  planPeriod: z._default(PlanPeriodConfig, { ...DEFAULT_PLAN_PERIOD }),
});
/** {@link SiteConfig} as a type. */
export type SiteConfig = z.infer<typeof SiteConfig>;

/** The problems of an invalid configuration, one line each: `field.path: message`. */
export function describeConfigIssues(error: z.core.$ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('\n');
}

/** Loads the configuration; a missing or invalid file falls back to defaults with a warning. */
export async function loadSiteConfig(): Promise<SiteConfig> {
  try {
    const response = await fetch('site-config.json');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const parsed = SiteConfig.safeParse(await response.json());
    if (parsed.success) return parsed.data;
    console.warn('site-config.json ignored, defaults used:\n' + describeConfigIssues(parsed.error));
  } catch (error) {
    console.warn('site-config.json not loaded, defaults used:', (error as Error).message);
  }
  return SiteConfig.parse({});
}
