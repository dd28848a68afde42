import { describe, expect, it } from 'vitest';
import { shortenText, SHOWN_CHARACTERS, valueText } from './shorten-text.ts';

describe('shortenText', () => {
  it('keeps short text as it is', () => {
    expect(shortenText('观山湖区')).toEqual({ text: '观山湖区', shortened: false, length: 4 });
  });

  it('cuts long text with an ellipsis, saying how long it was, in time independent of its size', () => {
    const huge = '长'.repeat(20_000_000);
    void huge.charCodeAt(0); // flat, as JSON.parse and structured clone give strings
    const started = performance.now();
    const short = shortenText(huge);
    expect(performance.now() - started).toBeLessThan(20);
    expect(short).toEqual({
      text: `${'长'.repeat(SHOWN_CHARACTERS)}…`,
      shortened: true,
      length: 20_000_000,
    });
  });

  it('never splits a surrogate pair', () => {
    const text = `${'a'.repeat(9)}𠀀${'b'.repeat(10)}`;
    expect(shortenText(text, 10).text).toBe(`${'a'.repeat(9)}…`);
  });
});

describe('valueText', () => {
  it('gives strings as they are and anything else as JSON', () => {
    expect(valueText('x')).toBe('x');
    expect(valueText({ a: [1, null] })).toBe('{"a":[1,null]}');
    expect(valueText(undefined)).toBe('undefined');
  });
});
