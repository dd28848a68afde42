import { readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePrj } from './parse-prj.ts';
import { expectJsonFixture } from './__fixtures__/expect-json-fixture.ts';

// The .prj files are written from the EPSG definitions, the way ArcGIS (ESRI WKT), GDAL
// (OGC WKT 1) and PROJ (WKT 2) write them; `unknown-*` are frames the product refuses.
const DIR = fileURLToPath(new URL('./__fixtures__/parse-prj', import.meta.url));
const CASES = readdirSync(`${DIR}/in`)
  .filter((f) => f.endsWith('.prj'))
  .sort()
  .map((f) => basename(f, '.prj'));
const prj = (name: string) => readFileSync(`${DIR}/in/${name}.prj`, 'utf8');

describe('parsePrj: a planner drops a shapefile with its .prj', () => {
  it.each(CASES)('%s: matches its out/ fixture', (name) => {
    expectJsonFixture(parsePrj(prj(name)), `${DIR}/out/${name}.json`);
  });

  it.each([
    ['esri-cgcs2000-gk-cm-108e', 'EPSG:4545'],
    ['esri-cgcs2000-gk-cm-105e', 'EPSG:4544'],
    ['esri-cgcs2000-gk-zone-35', 'EPSG:4523'],
    ['esri-cgcs2000-gk-zone-36', 'EPSG:4524'],
    ['esri-cgcs2000-geographic', 'EPSG:4490'],
    ['esri-wgs84-geographic', 'EPSG:4326'],
    ['ogc-wkt1-4545-without-authority', 'EPSG:4545'],
    ['ogc-wkt1-4524-with-authority', 'EPSG:4524'],
    ['wkt2-4544', 'EPSG:4544'],
  ])('%s is %s', (name, frame) => {
    expect(parsePrj(prj(name))).toMatchObject({ ok: true, frame });
  });

  it.each([
    ['unknown-xian-1980-gk-cm-108e', 'Xian_1980_3_Degree_GK_CM_108E', /D_Xian_1980/],
    ['unknown-wgs84-utm-48n', 'WGS_1984_UTM_Zone_48N', /D_WGS_1984/],
    ['unknown-cgcs2000-gk-cm-111e', 'CGCS2000_3_Degree_GK_CM_111E', /central meridian 111°E/],
    ['unknown-not-wkt', 'this is not WKT at all', /not readable WKT/],
  ])('%s is refused, naming the frame and why', (name, frameName, why) => {
    const result = parsePrj(prj(name));
    expect(result).toMatchObject({ ok: false, name: frameName });
    if (result.ok) return;
    expect(result.reason.en).toMatch(why);
    expect(result.reason.zh.length).toBeGreaterThan(0);
  });

  it('takes a known EPSG authority code at its word', () => {
    expect(parsePrj('GEOGCS["anything",AUTHORITY["EPSG","4490"]]')).toMatchObject({
      ok: true,
      frame: 'EPSG:4490',
    });
  });
});
