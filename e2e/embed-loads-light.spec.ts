import { readFileSync } from 'node:fs';
import { initialChunks } from '../scripts/measure-bundles.ts';
import { type ChunkReport } from '../scripts/vite-bundle-report.ts';
import { expect, test } from './support/fixtures.ts';

const report = JSON.parse(readFileSync('dist/bundle-report.json', 'utf8')) as {
  chunks: ChunkReport[];
};
const HEAVY =
  /@deck\.gl|@turf\/|\/proj4\/|src\/import\/|pinyin-pro|h3-js|shapefile|fflate|react-dom|i18next|src\/i18n\/en\.ts/;
// The data build's schemas and the zod they are written in: the app checks what it reads at run
// time without them (site-config.json and host messages with zod/mini, which shares zod's core).
const BUILD_SCHEMAS =
  /zod\/v4\/classic\/|src\/layers\/(dataset|feature)-schemas\.ts|src\/plan\/catalogue-schema\.ts/;

test('the embed’s first load carries no deck.gl, turf, proj4, import, search, React DOM, i18next or English text', async ({
  page,
}) => {
  const initial = initialChunks(report.chunks, 'embed');
  const heavy = initial.flatMap((c) => c.modules).filter((m) => HEAVY.test(m));
  expect(heavy).toEqual([]);

  // And the browser indeed fetches only those scripts to show the map.
  const scripts: string[] = [];
  page.on(
    'request',
    (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname.slice(1)),
  );
  await page.goto('/embed.html');
  await page.waitForFunction(() => window.planMap?.map.getLayer('districts-fill') !== undefined);
  const loaded = report.chunks.filter((c) => scripts.includes(c.fileName));
  expect(loaded.flatMap((c) => c.modules).filter((m) => HEAVY.test(m))).toEqual([]);
});

test('the embed’s first load carries neither the data build’s schemas nor classic zod', () => {
  const initial = initialChunks(report.chunks, 'embed');
  expect(initial.flatMap((c) => c.modules).filter((m) => BUILD_SCHEMAS.test(m))).toEqual([]);
});
