import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text.ts';

// One unit per character: widths are easy to reason about.
const measure = (text: string) => [...text].length;

describe('wrapText', () => {
  it('breaks Chinese between any two characters', () => {
    expect(wrapText('贵阳贵安新型城镇化', 4, measure)).toEqual(['贵阳贵安', '新型城镇', '化']);
  });
  it('keeps a closing punctuation mark on the line before', () => {
    expect(wrapText('一核三心,多组团', 4, measure)).toEqual(['一核三心,', '多组团']);
  });
  it('keeps Latin words whole where a space allows', () => {
    expect(wrapText('one core three', 8, measure)).toEqual(['one core', 'three']);
  });
  it('keeps paragraph breaks', () => {
    expect(wrapText('甲\n乙', 10, measure)).toEqual(['甲', '乙']);
  });
});
