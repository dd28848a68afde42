import { en } from 'zod/locales';
import { z } from 'zod/mini';

// zod/mini for what the app checks at run time (site-config.json, the embed's postMessage
// commands): the same core and messages as zod, without the method-chaining layer that was a
// tenth of the embed's first load. It ships no messages of its own ("Invalid input" for
// everything), so the English ones that zod gives are configured here, once, for both.
// Like zod it reads `globalThis.__zod_globalConfig` (public/zod-jitless.js), and its objects
// never compile a parser with `new Function`, so a CSP without 'unsafe-eval' sees no probe.
z.config(en());

export { z };
