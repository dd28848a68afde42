import type { LocalizedText } from './locale.ts';

/**
 * The ten county-level units of Guiyang (admin codes and names, as the real boundary data
 * and the township list name them): the only valid `district` values of every dataset.
 */
export const GUIYANG_DISTRICTS = [
  { code: '520102', name: { zh: '南明区', en: 'Nanming District' } },
  { code: '520103', name: { zh: '云岩区', en: 'Yunyan District' } },
  { code: '520111', name: { zh: '花溪区', en: 'Huaxi District' } },
  { code: '520112', name: { zh: '乌当区', en: 'Wudang District' } },
  { code: '520113', name: { zh: '白云区', en: 'Baiyun District' } },
  { code: '520115', name: { zh: '观山湖区', en: 'Guanshanhu District' } },
  { code: '520121', name: { zh: '开阳县', en: 'Kaiyang County' } },
  { code: '520122', name: { zh: '息烽县', en: 'Xifeng County' } },
  { code: '520123', name: { zh: '修文县', en: 'Xiuwen County' } },
  { code: '520181', name: { zh: '清镇市', en: 'Qingzhen City' } },
] as const satisfies readonly { code: string; name: LocalizedText }[];

/** The admin codes of {@link GUIYANG_DISTRICTS}, in that order. */
export const GUIYANG_DISTRICT_CODES = GUIYANG_DISTRICTS.map((d) => d.code) as unknown as readonly [
  (typeof GUIYANG_DISTRICTS)[number]['code'],
  ...(typeof GUIYANG_DISTRICTS)[number]['code'][],
];

/** One of {@link GUIYANG_DISTRICT_CODES}. */
export type DistrictCode = (typeof GUIYANG_DISTRICTS)[number]['code'];

/** A district's name by code, or the code itself when it is not one of Guiyang's ten. */
export function districtName(code: string): LocalizedText {
  return GUIYANG_DISTRICTS.find((d) => d.code === code)?.name ?? { zh: code, en: code };
}
