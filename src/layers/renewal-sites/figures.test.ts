import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { expectJsonFixture, readJson } from '../../geo/__fixtures__/expect-json-fixture.ts';
import type { RenewalSiteProperties } from './contract.ts';
import { countRenewalSites, type RenewalCountOptions } from './figures.ts';

const OP_DIR = fileURLToPath(new URL('./__fixtures__/count-renewal-sites', import.meta.url));
interface Case {
  options: RenewalCountOptions;
  sites: FeatureCollection<Point, RenewalSiteProperties>;
}
const run = (name: string) => {
  const { sites, options } = readJson<Case>(`${OP_DIR}/in/${name}.json`);
  return countRenewalSites(sites, options);
};

describe('countRenewalSites', () => {
  it('counts sites due by the year by kind and status, with old neighbourhoods’ households', () => {
    const result = run('due-by-2025');
    expect(result.counts['old-neighbourhood']).toEqual({ planned: 0, 'under-way': 1, done: 2 });
    expect(result.counts['urban-village']).toEqual({ planned: 0, 'under-way': 0, done: 1 });
    expect(result.counts['embedded-services']).toEqual({ planned: 0, 'under-way': 0, done: 0 });
    expect(result.households).toEqual({ planned: 0, 'under-way': 500, done: 380 });
  });

  it('lists every district with a site, counting only what is due there', () => {
    const [nanming, kaiyang] = run('due-by-2025').byDistrict;
    expect(nanming!.district).toBe('520102');
    expect(nanming!.counts['old-neighbourhood'].done).toBe(1);
    expect(kaiyang!.district).toBe('520121');
    expect(kaiyang!.counts['embedded-services'].planned).toBe(0); // R5 is due in 2026
    expect(kaiyang!.households.done).toBe(80);
  });

  it('counts every site with the status its record gives when no year is set', () => {
    const result = run('all-years');
    expect(result.year).toBeNull();
    expect(result.counts['old-neighbourhood'].planned).toBe(1);
    expect(result.counts['embedded-services'].planned).toBe(1);
  });

  it('says which dataset it counted and that it is sample data', () => {
    expect(run('all-years').source).toEqual({ dataset: 'renewal-sites', provenance: 'sample' });
  });

  describe('matches its out-fixtures (REGEN=1 rewrites them)', () => {
    const names = readdirSync(`${OP_DIR}/in`).map((f) => basename(f, '.json'));
    it.each(names)('%s', (name) => expectJsonFixture(run(name), `${OP_DIR}/out/${name}.json`));
  });
});
