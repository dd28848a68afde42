import type { FeatureCollection, Point } from 'geojson';
import { computeCoverageCells, type CoverageCells } from '../../geo/compute-coverage-cells.ts';
import type { FigureSource } from '../figure-parts.ts';
import type { PublicServiceProperties } from './contract.ts';
import {
  categoryOf,
  SERVICE_CATEGORIES,
  SERVICE_DISTANCE_KM,
  type FacilityKind,
  type ServiceCategory,
} from './values.ts';
import { type Township, type TownshipKind } from '../../model/township.ts';
import { districtName } from '../../model/guiyang-districts.ts';
import type { FigureInput, FigureValue } from '../layer-module.ts';

/** Options of {@link findServiceGaps}. */
export interface ServiceGapOptions {
  /** The dataset read and its provenance, passed through so a sample figure says so. */
  source: FigureSource;
  /** The township kinds looked at; default all: 乡, 镇 and 街道. */
  kinds?: readonly TownshipKind[];
}

/** Townships without a school, or without a medical facility, among a layer's facilities. */
export interface ServiceGaps {
  source: FigureSource;
  kinds: TownshipKind[];
  /** Townships of those kinds in the list. */
  total: number;
  /** Per category, the townships with none of its facilities, in code order. */
  without: Record<ServiceCategory, Township[]>;
  /** Per district (every district of the list), in code order. */
  byDistrict: { district: string; total: number; withoutSchool: number; withoutMedical: number }[];
}

/**
 * Which townships of the real list have no school, and which no medical facility. The list has
 * no boundaries, so a facility belongs to the township its `townshipCode` names, as the
 * charging layer's 乡乡全覆盖 is counted (computeTownshipCoverage): a school just across a
 * township's edge does not serve it here, and one far from its township's people still counts.
 * Codes not in the list are ignored (the build refuses them). Pure.
 */
export function findServiceGaps(
  facilities: FeatureCollection<Point, PublicServiceProperties>,
  townships: readonly Township[],
  options: ServiceGapOptions,
): ServiceGaps {
  const kinds = [...(options.kinds ?? (['乡', '镇', '街道'] as const))];
  const served = Object.fromEntries(
    SERVICE_CATEGORIES.map((c) => [c, new Set<string>()]),
  ) as Record<ServiceCategory, Set<string>>;
  for (const { properties: p } of facilities.features)
    served[categoryOf(p.kind)].add(p.townshipCode);
  const looked = townships
    .filter((t) => kinds.includes(t.kind))
    .sort((a, b) => a.code.localeCompare(b.code));
  const without = Object.fromEntries(
    SERVICE_CATEGORIES.map((c) => [c, looked.filter((t) => !served[c].has(t.code))]),
  ) as Record<ServiceCategory, Township[]>;
  const districts = new Map<string, ServiceGaps['byDistrict'][number]>();
  for (const t of looked) {
    const entry = districts.get(t.district) ?? {
      district: t.district,
      total: 0,
      withoutSchool: 0,
      withoutMedical: 0,
    };
    districts.set(t.district, entry);
    entry.total++;
    if (!served.school.has(t.code)) entry.withoutSchool++;
    if (!served.medical.has(t.code)) entry.withoutMedical++;
  }
  return {
    source: options.source,
    kinds,
    total: looked.length,
    without,
    byDistrict: [...districts.values()].sort((a, b) => a.district.localeCompare(b.district)),
  };
}

/** Options of {@link computeServiceCoverage}. */
export interface ServiceCoverageOptions {
  /** The dataset read and its provenance, passed through so a sample figure says so. */
  source: FigureSource;
  /** The kind of facility whose service area is drawn. */
  kind: FacilityKind;
  /** The service distance (km, straight line); default SERVICE_DISTANCE_KM[kind]. */
  distanceKm?: number;
  /** The H3 resolution; default coverageResolutionFor(distanceKm). */
  resolution?: number;
}

/** The H3 cells within the service distance of a facility of one kind. */
export interface ServiceCoverage extends CoverageCells {
  kind: FacilityKind;
  /** Facilities of that kind in the layer. */
  facilityCount: number;
  source: FigureSource;
}

/**
 * The coverage surface of one facility kind: H3 cells whose centre lies within the service
 * distance (default 1 km for what people walk to, 3 km for a junior middle school, 5 km for
 * what a township shares; see SERVICE_DISTANCE_KM) of a facility of that kind, by the same
 * computation as the charging layer's service area (computeCoverageCells). Pure.
 */
export function computeServiceCoverage(
  facilities: FeatureCollection<Point, PublicServiceProperties>,
  options: ServiceCoverageOptions,
): ServiceCoverage {
  const { kind } = options;
  const positions = facilities.features
    .filter((f) => f.properties.kind === kind)
    .map((f) => f.geometry.coordinates);
  const distanceKm = options.distanceKm ?? SERVICE_DISTANCE_KM[kind];
  const cells = computeCoverageCells(positions, {
    distanceKm,
    ...(options.resolution !== undefined && { resolution: options.resolution }),
  });
  return { ...cells, kind, facilityCount: positions.length, source: options.source };
}

/**
 * The townships with no facility of a category in them (schools for 一(四), medical
 * facilities for 一(二)), among the 146 乡/镇/街道 of the real list. Townships have no
 * boundaries here, so a facility counts for the township its record names.
 */
export async function serviceGapFigure(
  input: FigureInput<unknown>,
  category: ServiceCategory,
): Promise<FigureValue | null> {
  const facilities = input.collection as
    FeatureCollection<Point, PublicServiceProperties> | undefined;
  if (!facilities) return null;
  const townships = (await input.table('townships')) as readonly Township[];
  const gaps = findServiceGaps(facilities, townships, {
    source: { dataset: input.dataset.id, provenance: input.dataset.provenance },
    kinds: ['乡', '镇', '街道'],
  });
  const without = gaps.without[category];
  const what =
    category === 'school'
      ? { zh: '学校', en: 'school' }
      : { zh: '医疗设施', en: 'medical facility' };
  return {
    text: {
      zh: `${gaps.total - without.length} / ${gaps.total} 个乡镇(街道)有${what.zh}`,
      en: `${gaps.total - without.length} of ${gaps.total} townships have a ${what.en}`,
    },
    progress: gaps.total ? (gaps.total - without.length) / gaps.total : null,
    basis: {
      zh: `乡镇(街道)名录无边界,设施按其所属乡镇计数;不是文件的目标(文件未给出数量)`,
      en: `Townships have no boundaries here, so a facility counts for the township it names; not a target of the document, which names no number`,
    },
    shortfall: {
      title: {
        zh: `没有${what.zh}的乡镇(街道)(${without.length} 个)`,
        en: `Townships without a ${what.en} (${without.length})`,
      },
      items: without.map((t) => ({
        zh: `${t.name} · ${districtName(t.district).zh}`,
        en: `${t.name} · ${districtName(t.district).en}`,
      })),
    },
  };
}
