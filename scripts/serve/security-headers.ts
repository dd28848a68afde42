/**
 * The response headers of every deployment (the Node server and the nginx configuration
 * print the same policy). Only the page's own origin is allowed by default.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // MapLibre's worker is a same-origin file (setWorkerUrl); blob: is not needed.
    "worker-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data: blob:",
    // React and MapLibre set element styles through the CSSOM, which style-src does not
    // govern; inline <style> blocks are not used.
    "style-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** All security headers, by name. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
  };
}
