import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/support/browser.ts';

const PORT = Number(process.env.E2E_PORT ?? 4321);

/** Browser tests against the production build, served with production headers. */
export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  // Software WebGL on 2 cores: two workers keep both busy without starving the server.
  workers: 2,
  // One retry in CI only: software WebGL on a loaded 2-core machine can miss a timing by a
  // frame. A story that passes only on retry is reported as flaky, so it stays visible;
  // one that fails twice fails the run. Locally a failure shows at once.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  expect: { timeout: 20_000 },
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'tsx scripts/serve.ts',
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
