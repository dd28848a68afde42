import { describe, expect, it } from 'vitest';
import { generateChargingStations } from './generate-charging-stations.ts';
import { seededRandom } from './seeded-random.ts';
import { pickTownship, samplePlacesOf } from './township-places.ts';
import { DISTRICTS, TOWNSHIPS } from './__fixtures__/sample-inputs.ts';

describe('samplePlacesOf', () => {
  const places = samplePlacesOf(DISTRICTS, TOWNSHIPS, 1, 'test');

  it('keeps the Guiyang districts and their townships in code order, not the neighbour', () => {
    expect([...places.districts.keys()]).toEqual(['520102', '520121']);
    expect(places.townships.map((t) => t.code)).toEqual(TOWNSHIPS.map((t) => t.code).sort());
  });

  it('puts township centres where the charging generator puts its stations, for the same seed', () => {
    const stations = generateChargingStations({
      seed: 1,
      count: 2000,
      districts: DISTRICTS,
      townships: TOWNSHIPS,
    });
    for (const t of places.townships) {
      const mine = stations.features.filter((f) => f.properties.townshipCode === t.code);
      if (mine.length < 30) continue; // uncovered on purpose, or too few to average
      const mean = [0, 1].map(
        (i) => mine.reduce((s, f) => s + f.geometry.coordinates[i]!, 0) / mine.length,
      );
      const centre = places.centreOf(t);
      expect(Math.abs(mean[0]! - centre[0]!)).toBeLessThan(0.01);
      expect(Math.abs(mean[1]! - centre[1]!)).toBeLessThan(0.01);
    }
  });

  it('spreads points around a centre inside the township’s district', () => {
    const r = seededRandom(1, 1);
    for (const t of places.townships) {
      for (let i = 0; i < 20; i++) {
        const [lon, lat] = places.nearCentre(t, r);
        expect(places.index.districtAt(lon!, lat!)).toBe(t.district);
      }
    }
  });

  it('picks only townships of the kinds given a weight, and refuses when none fits', () => {
    const r = seededRandom(1, 2);
    for (let i = 0; i < 50; i++) expect(pickTownship(places, { 乡: 1 }, r).kind).toBe('乡');
    expect(() => pickTownship(places, {}, r)).toThrow(/no township/);
  });
});
