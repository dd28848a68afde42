// Set before any zod schema is built (see public/zod-jitless.js, which the pages load first):
// zod's eval probe would otherwise be reported by a CSP without 'unsafe-eval'. Imported first
// by entries that have no HTML page of their own (the import worker).
(globalThis as { __zod_globalConfig?: Record<string, unknown> }).__zod_globalConfig = {
  ...(globalThis as { __zod_globalConfig?: Record<string, unknown> }).__zod_globalConfig,
  jitless: true,
};
