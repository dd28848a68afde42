import { describe, expect, it } from 'vitest';
import { pickAmong } from './hit-test.ts';

const structure = { layer: 'structure', id: 'centre-north' };
const district = { layer: 'districts', id: '520115' };

describe('a click where features overlap', () => {
  it('selects the topmost first', () => {
    expect(pickAmong([structure, district], null)).toEqual(structure);
  });

  it('selects the one below with one more click, and comes round again', () => {
    expect(pickAmong([structure, district], structure)).toEqual(district);
    expect(pickAmong([structure, district], district)).toEqual(structure);
  });

  it('starts from the top when the selection is elsewhere, and clears on empty ground', () => {
    expect(pickAmong([structure, district], { layer: 'parks', id: 'x' })).toEqual(structure);
    expect(pickAmong([], structure)).toBeNull();
  });
});
