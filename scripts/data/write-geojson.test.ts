import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticSegments } from '../__fixtures__/synthetic-segments.ts';
import { writeGeojson } from './write-geojson.ts';

describe('writeGeojson', () => {
  it('writes the very bytes JSON.stringify would, over several chunks and for none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geojson-'));
    for (const n of [0, 1, 4500]) {
      const collection = syntheticSegments(n);
      writeGeojson(join(dir, `${n}.geojson`), collection);
      expect(readFileSync(join(dir, `${n}.geojson`), 'utf8')).toBe(JSON.stringify(collection));
    }
  });
});
