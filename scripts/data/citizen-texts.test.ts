import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetMeta, type LocalizedText } from './dataset-schemas.ts';

// The texts of every dataset's metadata that the interface shows to citizens (title, source,
// accuracy, note, about): plain sentences in both languages, with none of the developer's
// words. The technical facts (frames, package versions, seeds, file names) live in the README's
// dataset table, docs/sources.md and docs/data-contracts.md instead.

const GEODATA = join(import.meta.dirname, '../../geodata');
const metas = readdirSync(GEODATA)
  .filter((name) => name.endsWith('.meta.json'))
  .map((name) => DatasetMeta.parse(JSON.parse(readFileSync(join(GEODATA, name), 'utf8'))));

/** Words that belong to the build, not to a citizen's reading of the map. */
const DEVELOPER_WORDS =
  /geodata|\.json|\.geojson|\bjson\b|\bnpm\b|重新构建|rebuild|\borigin\b|provenance|GCJ-02|WGS84|EPSG|1\/1024|gcoord|\bseed\b|种子|生成器|generator|\bH3\b|src\/|\.js\b|属性|property/i;

/** The sentences of a text: Chinese ones end with 。, English ones with a full stop. */
const sentencesZh = (text: string) => text.split('。').filter((s) => s.trim() !== '').length;
const sentencesEn = (text: string) => text.split(/(?<=\.)\s+/).length;

const shown = (meta: DatasetMeta): [string, LocalizedText][] =>
  (['source', 'accuracy', 'note', 'about'] as const).flatMap((key) => {
    const text = meta[key];
    return text ? [[key, text] as [string, LocalizedText]] : [];
  });

describe.each(metas.map((meta) => [meta.id, meta] as const))(
  'a citizen reads about the %s data',
  (id, meta) => {
    it('sees a short title in both languages', () => {
      expect(meta.title.zh.length, id).toBeLessThanOrEqual(20);
      expect(meta.title.en.length, id).toBeLessThanOrEqual(60);
      expect(meta.title.zh, id).not.toMatch(/。$/);
    });

    it('reads whole sentences, each ending with 。 in Chinese and a full stop in English', () => {
      for (const [key, text] of shown(meta)) {
        expect(text.zh, `${id}.${key}.zh`).toMatch(/。$/);
        expect(text.en, `${id}.${key}.en`).toMatch(/\.$/);
      }
    });

    it('meets no file, format, frame code or build step', () => {
      for (const [key, text] of [['title', meta.title] as const, ...shown(meta)]) {
        expect(text.zh, `${id}.${key}.zh`).not.toMatch(DEVELOPER_WORDS);
        expect(text.en, `${id}.${key}.en`).not.toMatch(DEVELOPER_WORDS);
      }
    });

    it('finds a 数据说明 of two to four short sentences in each language', () => {
      expect(meta.about, id).toBeDefined();
      const about = meta.about!;
      expect(sentencesZh(about.zh), `${id}.about.zh`).toBeGreaterThanOrEqual(2);
      expect(sentencesZh(about.zh), `${id}.about.zh`).toBeLessThanOrEqual(4);
      expect(sentencesEn(about.en), `${id}.about.en`).toBeGreaterThanOrEqual(2);
      expect(sentencesEn(about.en), `${id}.about.en`).toBeLessThanOrEqual(4);
    });

    it('is told, in the 数据说明, that sample data is invented and schematic data a sketch', () => {
      const about = meta.about!;
      if (meta.provenance === 'sample') {
        expect(about.zh, id).toMatch(/样例/);
        expect(about.zh, id).toMatch(/虚构/);
        expect(about.en, id).toMatch(/sample/i);
        expect(about.en, id).toMatch(/invented/);
      }
      if (meta.provenance === 'schematic') {
        expect(about.zh, id).toMatch(/示意/);
        expect(about.en, id).toMatch(/sketch/);
      }
    });
  },
);
