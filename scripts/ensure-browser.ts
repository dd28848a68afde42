/**
 * Makes sure the browser tests can run: Debian's Chromium, the Noto CJK fonts (without them
 * Chinese renders as boxes) and nginx (the production server configuration is tested with
 * it). As root on Debian it installs them with apt-get; otherwise it stops and says what to
 * install. Never downloads a browser of its own.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, hasChromium } from '../e2e/support/browser.ts';

const NGINX_PATH = '/usr/sbin/nginx';
// poppler-utils: the export story reads the exported PDFs' text and renders a page (pdftoppm).
const PDFTOPPM_PATH = '/usr/bin/pdftoppm';

const hasCjkFont = () =>
  spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout?.includes('Noto Sans CJK') ??
  false;

const missing = [
  ...(hasChromium() ? [] : ['chromium']),
  ...(hasCjkFont() ? [] : ['fonts-noto-cjk']),
  ...(existsSync(NGINX_PATH) ? [] : ['nginx']),
  ...(existsSync(PDFTOPPM_PATH) ? [] : ['poppler-utils']),
];

if (missing.length === 0) {
  console.log(`Ready for browser tests: ${CHROMIUM_PATH} with Noto Sans CJK, and ${NGINX_PATH}.`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
if (!isRoot || !isDebian) {
  console.error(
    `Browser tests need these Debian packages, which are missing: ${missing.join(', ')}.\n` +
      `Install with:  sudo apt-get install -y ${missing.join(' ')}\n` +
      (missing.includes('chromium') ? `(or set CHROMIUM_PATH to an existing Chromium).` : ''),
  );
  process.exit(1);
}

console.log(`Installing ${missing.join(', ')} with apt-get…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
for (const [path, ok] of [
  [CHROMIUM_PATH, hasChromium()],
  [NGINX_PATH, existsSync(NGINX_PATH)],
] as const) {
  if (!ok) {
    console.error(`apt-get finished but ${path} is still missing.`);
    process.exit(1);
  }
}
