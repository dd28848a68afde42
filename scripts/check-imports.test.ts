import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED, fileCycles, importProblems } from './check-imports.ts';

describe('the house keeps its shape', () => {
  it('has no folder of src/ importing one above it, no pair importing each other, no file circle', () => {
    expect(importProblems(resolve('src'))).toEqual([]);
  });

  it('keeps the ground floor importing nothing of the project', () => {
    expect(ALLOWED.model).toEqual([]);
  });

  it('finds a circle of files however long it is', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(fileCycles(graph).map((c) => c.sort())).toEqual([['a', 'b', 'c']]);
  });
});
