/**
 * Makes sure the browser tests can run: Debian's Chromium and the Noto CJK fonts (without
 * them Chinese renders as boxes). As root on Debian it installs them with apt-get; otherwise
 * it stops and says what to install. Never downloads a browser of its own.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, hasChromium } from '../e2e/support/browser.ts';

const hasCjkFont = () =>
  spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout?.includes('Noto Sans CJK') ??
  false;

const missing = [
  ...(hasChromium() ? [] : ['chromium']),
  ...(hasCjkFont() ? [] : ['fonts-noto-cjk']),
];

if (missing.length === 0) {
  console.log(`Browser ready: ${CHROMIUM_PATH} with Noto Sans CJK.`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
if (!isRoot || !isDebian) {
  console.error(
    `Browser tests need Debian's ${missing.join(' and ')}.\n` +
      `Install with:  sudo apt-get install -y ${missing.join(' ')}\n` +
      `(or set CHROMIUM_PATH to an existing Chromium).`,
  );
  process.exit(1);
}

console.log(`Installing ${missing.join(', ')} with apt-get…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
if (!hasChromium()) {
  console.error(`apt-get finished but ${CHROMIUM_PATH} is still missing.`);
  process.exit(1);
}
