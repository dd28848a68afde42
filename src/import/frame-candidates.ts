import type { FeatureCollection, Position } from 'geojson';
import type { FrameCandidate, FrameDetection } from '../geo/detect-frame.ts';
import { isGeographicFrame } from '../geo/frames.ts';
import { eachPosition } from '../geo/sample-positions.ts';
import { importIssue, type ImportIssue, type ImportWhere } from './import-issue.ts';
import type { ImportFile } from './read-import-file.ts';

/** The first feature with a position passing `test`: its label (id or `#index`) and the position. */
function firstFeatureWith(collection: FeatureCollection, test: (p: Position) => boolean) {
  for (let i = 0; i < collection.features.length; i++) {
    const f = collection.features[i];
    let found: Position | undefined;
    eachPosition(f?.geometry, (p) => void (found ??= test(p) ? p : undefined));
    if (found) {
      const id = f?.id ?? f?.properties?.id;
      return { feature: id !== undefined ? String(id) : `#${i}`, value: JSON.stringify(found) };
    }
  }
  return { feature: undefined, value: '' };
}

const isDegrees = (p: Position) => Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90;

/**
 * Puts the declared frame and the detected candidates together for the confirmation step,
 * or refuses what no frame choice can fix: latitude-first degrees, and a declaration that
 * contradicts the numbers (degrees declared, metres found, or the reverse).
 */
export function frameCandidates(
  read: ImportFile,
  detection: FrameDetection,
  where: ImportWhere,
):
  | { ok: true; candidates: FrameCandidate[]; warnings: ImportIssue[] }
  | { ok: false; errors: ImportIssue[] } {
  const { collection, declared } = read;
  if (detection.kind === 'swapped') {
    const hit = firstFeatureWith(collection, (p) => Math.abs(p[0]!) <= 90 && Math.abs(p[1]!) > 90);
    const at = hit.feature ? { ...where, feature: hit.feature } : where;
    return {
      ok: false,
      errors: [
        importIssue(
          'coord-swapped',
          at,
          `纬度与经度颠倒:坐标应为 [经度, 纬度],这里是 ${hit.value} 这样的 [纬度, 经度];请交换两列后再导入`,
          `Latitude and longitude are swapped: positions must be [longitude, latitude], these are [latitude, longitude] like ${hit.value}; swap the two and import again`,
        ),
      ],
    };
  }
  const numbersAreDegrees = detection.kind === 'degrees';
  if (
    declared &&
    (numbersAreDegrees || detection.kind === 'metres') &&
    isGeographicFrame(declared.frame) !== numbersAreDegrees
  ) {
    const hit = firstFeatureWith(collection, (p) => isDegrees(p) === numbersAreDegrees);
    const at = hit.feature ? { ...where, feature: hit.feature } : where;
    const source = declared.source === 'prj' ? '.prj' : 'crs';
    const guess = detection.candidates[0]?.frame;
    const issue = numbersAreDegrees
      ? importIssue(
          'coord-not-projected',
          at,
          `文件的 ${source} 声明为投影坐标(${declared.name}),坐标却是经纬度,如 ${hit.value}。请修正 ${source}`,
          `The file's ${source} declares a projection (${declared.name}) but the coordinates are degrees, like ${hit.value}. Fix the ${source}`,
        )
      : importIssue(
          'coord-projected',
          at,
          `文件的 ${source} 声明为经纬度(${declared.name}),坐标却是米制投影坐标,如 ${hit.value}${guess ? `;数值看起来是 ${guess}` : ''}。请修正 ${source}`,
          `The file's ${source} declares degrees (${declared.name}) but the coordinates are projected metres, like ${hit.value}${guess ? `; the numbers look like ${guess}` : ''}. Fix the ${source}`,
        );
    return { ok: false, errors: [issue] };
  }
  if (!declared) return { ok: true, candidates: detection.candidates, warnings: [] };

  const detected = detection.candidates.find((c) => c.frame === declared.frame);
  const source = declared.source === 'prj' ? '.prj' : 'crs';
  const first: FrameCandidate = {
    ...detected,
    frame: declared.frame,
    confidence: 'high',
    reasons: [
      {
        zh: `文件的 ${source} 声明为“${declared.name}”(${declared.frame})`,
        en: `The file's ${source} names "${declared.name}" (${declared.frame})`,
      },
      ...(detected?.reasons ?? []),
    ],
  };
  const candidates = [first, ...detection.candidates.filter((c) => c.frame !== declared.frame)];
  const top = detection.candidates[0];
  // WGS84 and CGCS2000 degrees convert identically: no reason to warn about those two.
  const same = new Set([declared.frame, top?.frame]);
  const equivalent = same.size === 1 || (same.has('EPSG:4326') && same.has('EPSG:4490'));
  const warnings =
    top && top.confidence === 'high' && !equivalent
      ? [
          importIssue(
            'frame-disagrees',
            where,
            `文件声明为 ${declared.frame},但坐标更像 ${top.frame}:${top.reasons.map((r) => r.zh).join(';')}`,
            `The file declares ${declared.frame} but the coordinates look like ${top.frame}: ${top.reasons.map((r) => r.en).join('; ')}`,
          ),
        ]
      : [];
  return { ok: true, candidates, warnings };
}
