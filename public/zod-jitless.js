// Loaded as a classic script before the app's modules: zod probes `new Function` when its
// first object schema is built (for a faster parser), which a CSP without 'unsafe-eval'
// reports as a violation. Its documented global configuration turns the probe off; it has to
// be set before any zod schema exists, which module ordering across chunks cannot promise.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, {
  jitless: true,
});
