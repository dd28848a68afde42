import { describe, expect, it } from 'vitest';
import { acceptCommand, PROTOCOL, PROTOCOL_VERSION, resolveHostOrigin } from './protocol.ts';

const HOST = 'https://www.guiyang.gov.cn';
const allowed = [HOST];
const msg = (body: object) => ({ protocol: PROTOCOL, version: PROTOCOL_VERSION, ...body });

describe('the embed obeys only its configured host', () => {
  it('accepts a well-formed command from an allowed origin', () => {
    const result = acceptCommand(msg({ type: 'open-measure', measure: '3-1' }), HOST, allowed);
    expect(result).toEqual({ ok: true, command: msg({ type: 'open-measure', measure: '3-1' }) });
  });

  it('drops any message from an origin not in the allow-list, naming the origin', () => {
    const result = acceptCommand(
      msg({ type: 'open-measure', measure: '3-1' }),
      'https://evil.example',
      allowed,
    );
    expect(result).toEqual({
      ok: false,
      drop: { reason: 'origin', origin: 'https://evil.example' },
    });
  });

  it.each([
    ['a string', 'hello'],
    ['no protocol', { type: 'open-measure', measure: '3-1' }],
    ['another version', { protocol: PROTOCOL, version: 2, type: 'set-locale', locale: 'en' }],
    ['an unknown command', msg({ type: 'delete-everything' })],
    [
      'a hostile id',
      msg({ type: 'select-feature', feature: { layer: 'districts', id: '<img src=x>' } }),
    ],
    ['extra fields', msg({ type: 'set-locale', locale: 'en', script: 'alert(1)' })],
    ['coordinates out of range', msg({ type: 'fly-to', center: [500, 26] })],
  ])('drops %s with the reason "shape"', (_name, data) => {
    const result = acceptCommand(data, HOST, allowed);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.drop.reason).toBe('shape');
  });
});

describe('events go to the host’s exact origin', () => {
  it('takes the first candidate that is allowed, reduced to its origin', () => {
    expect(
      resolveHostOrigin([undefined, 'https://evil.example/x', `${HOST}/news/map.html`], allowed),
    ).toBe(HOST);
  });
  it('sends nowhere when no candidate is allowed', () => {
    expect(resolveHostOrigin(['https://evil.example', 'not a url'], allowed)).toBeUndefined();
  });
});
