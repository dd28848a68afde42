import type { FeatureCollection, Position } from 'geojson';
import { meanNearestDistance, nearestVertexIndex } from './nearest-vertex-distance.ts';
import { transformToWgs84 } from './transform-position.ts';
import { type LocalizedText } from '../model/locale.ts';
import { type Bounds } from '../model/feature-ref.ts';
import { type Frame } from '../model/frames.ts';

/** Guiyang–Gui'an with a margin, WGS84: where a correctly converted dataset is expected. */
export const GUIYANG_EXTENT: Bounds = [105.9, 25.9, 107.4, 27.5];

/** How sure the detection is of one candidate. */
export type Confidence = 'high' | 'medium' | 'low';

/** One frame the data may be in, with the evidence for it in both languages. */
export interface FrameCandidate {
  frame: Frame;
  confidence: Confidence;
  reasons: LocalizedText[];
  /** Mean distance (m) of the converted sample to the nearest reference vertex, capped. */
  meanDistance?: number;
  /** Share (0–1) of the converted sample inside the expected extent. */
  insideShare?: number;
}

/** What the numbers are: degrees, projected metres, degrees latitude-first, or unclear. */
export type CoordinateKind = 'degrees' | 'metres' | 'swapped' | 'unknown';

/** The result of {@link detectFrame}: the kind of numbers and the ranked candidates. */
export interface FrameDetection {
  kind: CoordinateKind;
  /** Best first; empty when no supported frame fits (the reasons then say why). */
  candidates: FrameCandidate[];
  /** What the numbers look like as a whole. */
  reasons: LocalizedText[];
  sampleSize: number;
  /**
   * Degrees whose frame the coordinates cannot tell: WGS84/CGCS2000, GCJ-02 and BD-09 are then
   * offered as equals, none ranked above another (only the data's source can decide).
   */
  offsetUndecided?: boolean;
}

/** Options of {@link detectFrame}. */
export interface DetectFrameOptions {
  /** Known boundaries in WGS84 (the built districts) to tell GCJ-02/BD-09 from WGS84; default none. */
  reference?: FeatureCollection | undefined;
  /** Where correctly converted data should fall; default {@link GUIYANG_EXTENT}. */
  extent?: Bounds;
}

const MIN_OFFSET_SAMPLE = 10;
const DEGREE_FRAMES: Frame[] = ['EPSG:4326', 'EPSG:4490', 'GCJ-02', 'BD-09'];

const FRAME_NOTES: Partial<Record<Frame, LocalizedText>> = {
  'EPSG:4326': {
    zh: 'WGS84 经纬度,GeoJSON 的标准坐标系(RFC 7946),与 CGCS2000 相差厘米级',
    en: 'WGS84 degrees, the GeoJSON standard (RFC 7946); within centimetres of CGCS2000',
  },
  'EPSG:4490': {
    zh: 'CGCS2000 经纬度,与 WGS84 相差厘米级,换算结果相同',
    en: 'CGCS2000 degrees: within centimetres of WGS84, converted identically',
  },
  'GCJ-02': {
    zh: '高德、腾讯等网络地图的 GCJ-02 坐标,在贵阳约偏移 540 米',
    en: 'GCJ-02 of Amap, Tencent and other web maps: ~540 m off at Guiyang',
  },
  'BD-09': {
    zh: '百度地图的 BD-09 坐标,在贵阳约偏移 1 060 米',
    en: 'BD-09 of Baidu Maps: ~1 060 m off at Guiyang',
  },
};

const fixed = (value: number, digits: number) => value.toFixed(digits);
const percent = (share: number) => `${Math.round(share * 100)}%`;

function isInside([x, y]: Position, [w, s, e, n]: Bounds): boolean {
  return x! >= w && x! <= e && y! >= s && y! <= n;
}

function insideShare(positions: Position[], extent: Bounds): number {
  if (positions.length === 0) return 0;
  return positions.filter((p) => isInside(p, extent)).length / positions.length;
}

function centreOf(positions: Position[]): Position {
  const finite = positions.filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
  const n = Math.max(1, finite.length);
  return [finite.reduce((s, p) => s + p[0]!, 0) / n, finite.reduce((s, p) => s + p[1]!, 0) / n];
}

function convertAll(positions: Position[], frame: Frame): Position[] {
  const f = transformToWgs84(frame);
  return positions.map((p) => f(p));
}

function degreeCandidates(sample: Position[], options: DetectFrameOptions): FrameCandidate[] {
  const extent = options.extent ?? GUIYANG_EXTENT;
  const share = insideShare(sample, extent);
  const ref = options.reference && share > 0 ? nearestVertexIndex(options.reference) : null;
  const note = (frame: Frame) => FRAME_NOTES[frame]!;
  if (!ref) {
    const why: LocalizedText =
      share === 0
        ? {
            zh: '数据不在贵阳贵安范围内,无法借区县边界判断是否有 GCJ-02/BD-09 偏移',
            en: "The data lies outside Guiyang–Gui'an: district boundaries cannot reveal a GCJ-02/BD-09 offset",
          }
        : {
            zh: '没有参照边界,无法判断是否有 GCJ-02/BD-09 偏移',
            en: 'No reference boundaries to reveal a GCJ-02/BD-09 offset',
          };
    // Inside China the offset of GCJ-02/BD-09 is all that tells them from WGS84: no ranking.
    return DEGREE_FRAMES.map((frame) => ({
      frame,
      confidence: 'medium',
      reasons: [note(frame), why],
      insideShare: share,
    }));
  }
  const measured = (['EPSG:4326', 'GCJ-02', 'BD-09'] as const).map((frame) => ({
    frame,
    meanDistance: meanNearestDistance(ref, convertAll(sample, frame)),
  }));
  const sorted = [...measured].sort((a, b) => a.meanDistance - b.meanDistance);
  const [best, second] = [sorted[0]!, sorted[1]!];
  // A few vertices, or vertices that do not follow the boundaries, decide nothing.
  const enough = sample.length >= MIN_OFFSET_SAMPLE;
  const decisive =
    enough && best.meanDistance <= 250 && best.meanDistance <= 0.5 * second.meanDistance;
  const leaning =
    enough && best.meanDistance <= 400 && best.meanDistance <= 0.8 * second.meanDistance;
  const order: Frame[] =
    decisive || leaning ? sorted.map((m) => m.frame) : ['EPSG:4326', 'GCJ-02', 'BD-09'];
  const withCgcs = order.flatMap((f): Frame[] => (f === 'EPSG:4326' ? [f, 'EPSG:4490'] : [f]));
  const distanceOf = (frame: Frame) =>
    measured.find((m) => m.frame === (frame === 'EPSG:4490' ? 'EPSG:4326' : frame))!.meanDistance;
  return withCgcs.map((frame, i) => {
    const metres = Math.round(distanceOf(frame));
    const reasons: LocalizedText[] = [
      note(frame),
      {
        zh: `按此坐标系换算后,距区县边界最近顶点平均 ${metres} 米`,
        en: `Converted this way, vertices lie ${metres} m on average from the nearest district boundary vertex`,
      },
    ];
    const leader = i === 0 || (i === 1 && frame === 'EPSG:4490' && withCgcs[0] === 'EPSG:4326');
    let confidence: Confidence = 'low';
    if (leader) confidence = decisive ? 'high' : 'medium';
    if (!decisive && !leaning) {
      // Undecided: every reading is as likely as the others.
      confidence = 'medium';
      reasons.push({
        zh: enough
          ? '数据与区县边界不够贴合,仅凭坐标无法区分 WGS84 与 GCJ-02/BD-09'
          : `样本只有 ${sample.length} 个坐标,仅凭坐标无法区分 WGS84 与 GCJ-02/BD-09`,
        en: enough
          ? 'The data does not follow district boundaries closely enough to tell WGS84 from GCJ-02/BD-09 by the coordinates alone'
          : `With ${sample.length} positions only, the coordinates alone cannot tell WGS84 from GCJ-02/BD-09`,
      });
    }
    return { frame, confidence, reasons, meanDistance: distanceOf(frame), insideShare: share };
  });
}

/** A Gauss–Krüger candidate: converts the sample and says where it lands. */
function zoneCandidate(sample: Position[], frame: Frame, extent: Bounds): FrameCandidate {
  const converted = convertAll(sample.slice(0, 400), frame).filter(
    (p) => Number.isFinite(p[0]) && Number.isFinite(p[1]),
  );
  const share = insideShare(converted, extent);
  const [lon, lat] = centreOf(converted);
  const cm = frame === 'EPSG:4544' || frame === 'EPSG:4523' ? 105 : 108;
  return {
    frame,
    confidence: 'low',
    insideShare: share,
    reasons: [
      {
        zh: `按 ${frame}(CGCS2000 3度带,中央经线 ${cm}°E)换算,${percent(share)} 的样本点落在贵阳贵安范围内,中心约 ${fixed(lon!, 2)}°E, ${fixed(lat!, 2)}°N`,
        en: `As ${frame} (CGCS2000 3-degree zone, central meridian ${cm}°E), ${percent(share)} of the sample falls inside Guiyang–Gui'an, centred near ${fixed(lon!, 2)}°E, ${fixed(lat!, 2)}°N`,
      },
    ],
  };
}

function metreCandidates(sample: Position[], options: DetectFrameOptions): FrameDetection {
  const extent = options.extent ?? GUIYANG_EXTENT;
  const prefixCounts = new Map<number, number>();
  for (const [x] of sample) {
    const prefix = Math.floor(x! / 1e6);
    prefixCounts.set(prefix, (prefixCounts.get(prefix) ?? 0) + 1);
  }
  const [prefix] = [...prefixCounts].sort((a, b) => b[1] - a[1])[0]!;
  const xs = sample.map((p) => p[0]!);
  const ys = sample.map((p) => p[1]!);
  const range = (v: number[]) => `${Math.round(Math.min(...v))}–${Math.round(Math.max(...v))}`;
  const base = (detail: LocalizedText): FrameDetection => ({
    kind: 'metres',
    candidates: [],
    reasons: [detail],
    sampleSize: sample.length,
  });
  if (prefix === 0) {
    const candidates = (['EPSG:4545', 'EPSG:4544'] as const)
      .map((frame) => zoneCandidate(sample, frame, extent))
      .sort((a, b) => b.insideShare! - a.insideShare!);
    const [best, other] = candidates as [FrameCandidate, FrameCandidate];
    if (best.insideShare! >= 0.8 && other.insideShare! <= 0.2) best.confidence = 'high';
    else if (best.insideShare! > other.insideShare!) best.confidence = 'medium';
    const detection = base({
      zh: `东坐标 ${range(xs)} 米、北坐标 ${range(ys)} 米:不带带号的高斯-克吕格投影坐标(米),东坐标不能区分 105°E 与 108°E 两个带,按换算后的位置判断`,
      en: `Eastings ${range(xs)} m, northings ${range(ys)} m: Gauss–Krüger metres without a zone number; the zone (105°E or 108°E) is judged by where each puts the data`,
    });
    return { ...detection, candidates };
  }
  if (prefix === 35 || prefix === 36) {
    const frame: Frame = prefix === 35 ? 'EPSG:4523' : 'EPSG:4524';
    const candidate = zoneCandidate(sample, frame, extent);
    candidate.confidence = candidate.insideShare! >= 0.5 ? 'high' : 'medium';
    const cm = prefix === 35 ? 105 : 108;
    const detection = base({
      zh: `东坐标以带号 ${prefix} 开头(${range(xs)} 米):CGCS2000 3度带第 ${prefix} 带,中央经线 ${cm}°E`,
      en: `Eastings start with zone number ${prefix} (${range(xs)} m): CGCS2000 3-degree zone ${prefix}, central meridian ${cm}°E`,
    });
    return { ...detection, candidates: [candidate] };
  }
  // Not a supported frame: say what it most likely is, so the planner can re-export.
  const mercator = sample.map(([x, y]) => [
    (x! / 6378137) * (180 / Math.PI),
    (2 * Math.atan(Math.exp(y! / 6378137)) - Math.PI / 2) * (180 / Math.PI),
  ]);
  if (insideShare(mercator, extent) >= 0.5) {
    return base({
      zh: '坐标像是 Web 墨卡托(EPSG:3857)米制坐标,不在支持之列:请导出为 CGCS2000 或 WGS84 经纬度',
      en: 'The coordinates look like Web Mercator metres (EPSG:3857), which is not supported: export as CGCS2000 or WGS84 degrees',
    });
  }
  const sixDegree = prefix >= 13 && prefix <= 23;
  const cm = sixDegree ? prefix * 6 - 3 : prefix * 3;
  return base(
    prefix >= 13 && prefix <= 45
      ? {
          zh: `东坐标带号 ${prefix}:${sixDegree ? '6度带' : '3度带'}第 ${prefix} 带(中央经线 ${cm}°E)不在支持之列(支持 3度带 35、36 带及不带带号的 105°E、108°E 带)`,
          en: `Easting zone number ${prefix}: ${sixDegree ? '6-degree' : '3-degree'} zone ${prefix} (central meridian ${cm}°E) is not supported (supported: 3-degree zones 35 and 36, and the 105°E and 108°E zones without zone number)`,
        }
      : {
          zh: `东坐标 ${range(xs)} 米不像任何支持的投影坐标`,
          en: `Eastings of ${range(xs)} m match no supported projection`,
        },
  );
}

/**
 * Ranks the frames a sample of coordinates may be in, with the reasons: degrees or metres,
 * the Gauss–Krüger zone (by zone number, else by which zone lands in Guiyang), latitude-first
 * degrees, and — given reference boundaries — WGS84 vs GCJ-02 vs BD-09 by which conversion
 * brings the vertices closest to the boundaries. Pure; ~10 ms for 2 000 positions.
 */
export function detectFrame(sample: Position[], options: DetectFrameOptions = {}): FrameDetection {
  const finite = sample.filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
  if (finite.length === 0) {
    return {
      kind: 'unknown',
      candidates: [],
      reasons: [{ zh: '文件中没有可用的坐标', en: 'The file holds no usable coordinates' }],
      sampleSize: 0,
    };
  }
  let degrees = 0;
  let swapped = 0;
  let metres = 0;
  for (const [x, y] of finite) {
    const ax = Math.abs(x!);
    const ay = Math.abs(y!);
    if (ax <= 180 && ay <= 90) degrees++;
    else if (ax <= 90 && ay <= 180) swapped++;
    else if (ax > 1000 || ay > 1000) metres++;
  }
  const n = finite.length;
  if (metres > n / 2) return metreCandidates(finite, options);
  if (degrees > n / 2) {
    const candidates = degreeCandidates(finite, options);
    // Ranked only when the offset was measured and decided (a leader above the others).
    const undecided = candidates.every((c) => c.confidence === 'medium');
    return {
      kind: 'degrees',
      candidates,
      ...(undecided ? { offsetUndecided: true } : {}),
      reasons: [
        {
          zh: '坐标都在 ±180、±90 之内:经纬度(度)',
          en: 'The coordinates lie within ±180 and ±90: degrees',
        },
      ],
      sampleSize: n,
    };
  }
  if (swapped > n / 2) {
    const [x, y] = finite[0]!;
    return {
      kind: 'swapped',
      candidates: [],
      reasons: [
        {
          zh: `第一个数在 ±90 之内、第二个超出 ±90(如 [${x}, ${y}]):纬度与经度颠倒了,应为 [经度, 纬度]`,
          en: `The first number is within ±90 and the second beyond it (e.g. [${x}, ${y}]): latitude and longitude are swapped; GeoJSON wants [longitude, latitude]`,
        },
      ],
      sampleSize: n,
    };
  }
  return {
    kind: 'unknown',
    candidates: [],
    reasons: [
      {
        zh: `坐标混杂:${degrees} 个像经纬度,${metres} 个像米制坐标,${swapped} 个像经纬度颠倒`,
        en: `Mixed coordinates: ${degrees} look like degrees, ${metres} like metres, ${swapped} like swapped degrees`,
      },
    ],
    sampleSize: n,
  };
}
