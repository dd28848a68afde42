import { z } from 'zod';

// Imported first by each entry point: zod otherwise probes `new Function` on its first parse
// (the plan catalogue, at import time), which a strict CSP without unsafe-eval reports.
z.config({ jitless: true });
