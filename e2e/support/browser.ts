import { existsSync } from 'node:fs';

/** Debian's Chromium; never a downloaded browser. `CHROMIUM_PATH` overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether the browser the tests drive is installed. */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * Flags for headless Chromium on a machine without a GPU: WebGL2 through SwiftShader
 * (software, slow but real), no background traffic to Google services (the network is closed).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox', // CI runs as root
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
