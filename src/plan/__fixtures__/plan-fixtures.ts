import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import featureIndexRaw from './feature-index.json';
import { type FeatureIndex } from '../validate-plan-links.ts';

// Test-only helpers: the plan text lives outside the repo tree, in the shared folder beside it.
const here = fileURLToPath(new URL('.', import.meta.url));

/** The full text of 筑府发〔2025〕17号, the only source of truth for the catalogue. */
export const documentText: string = readFileSync(
  path.resolve(here, '../../../../shared/plan-source/guiyang-guian-urbanization-measures-2025.txt'),
  'utf8',
);

/** The layers and feature ids that exist today (districts, structure), as sets. */
export const featureIndex: FeatureIndex = Object.fromEntries(
  Object.entries(featureIndexRaw).map(([layer, ids]) => [layer, new Set(ids)]),
);

/**
 * Places and named projects of the document and how every English gist must name them: a gist
 * of a Chinese text that names one of these keeps it (longer names first, so 清镇职教城 is
 * checked as itself and 清镇 still as Qingzhen).
 */
export const PLACES_EN: readonly (readonly [string, string])[] = [
  ['花溪大学城', 'Huaxi University Town'],
  ['清镇职教城', 'Qingzhen Vocational Education City'],
  ['阳明文化园', 'Yangming Culture Park'],
  ['息烽集中营革命历史纪念馆', 'Xifeng Concentration Camp Revolutionary History Memorial'],
  ['贵州双龙航空港经济区', 'Guizhou Shuanglong Airport Economic Zone'],
  ['贵阳综合保税区', 'Guiyang Comprehensive Bonded Zone'],
  ['贵安新区', "Gui'an New Area"],
  ['高新开发区', 'High-tech Zone'],
  ['经济技术开发区', 'Economic and Technological Development Zone'],
  ['红花连通工程', 'Hong–Hua link'],
  ['贵阳市供水管网改造工程', 'Guiyang water-main renewal works'],
  ['开阳县生活垃圾焚烧发电项目', 'Kaiyang County waste-to-energy'],
  ['清镇餐厨+厨余处置项目', 'Qingzhen restaurant and household food-waste'],
  ['中南大学', 'Central South University'],
  ['阿哈湖', 'Aha Lake'],
  ['云岩区', 'Yunyan'],
  ['南明区', 'Nanming'],
  ['观山湖区', 'Guanshanhu'],
  ['白云区', 'Baiyun'],
  ['乌当区', 'Wudang'],
  ['开阳', 'Kaiyang'],
  ['息烽', 'Xifeng'],
  ['修文', 'Xiuwen'],
  ['清镇', 'Qingzhen'],
  ['平坝', 'Pingba'],
  ['龙里', 'Longli'],
  ['平塘', 'Pingtang'],
  ['贵州', 'Guizhou'],
];

/** The places of {@link PLACES_EN} a Chinese text names that its English gist leaves out. */
export function placesMissing(zh: string, en: string): string[] {
  return PLACES_EN.filter(([name, english]) => zh.includes(name) && !en.includes(english)).map(
    ([name]) => name,
  );
}

/**
 * The figures of a Chinese text that its English gist leaves out. 45万 may read 450,000 and
 * 750万 7.5 million; any other figure reads as written (27%, 5G, 3+3, 2024).
 */
export function figuresMissing(zh: string, en: string): string[] {
  const missing: string[] = [];
  for (const [figure, digits = '', scale] of zh.matchAll(/(\d+(?:\.\d+)?)(万|亿)?/g)) {
    const value = Number(digits) * (scale === '万' ? 1e4 : scale === '亿' ? 1e8 : 1);
    const forms = [digits, value.toLocaleString('en-US')];
    if (value >= 1e6) forms.push(`${value / 1e6} million`);
    if (!forms.some((form) => en.includes(form))) missing.push(figure);
  }
  return missing;
}
