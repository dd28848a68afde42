import { describe, expect, it } from 'vitest';
import {
  acceptCommand as accept,
  MESSAGE_LIMITS,
  PROTOCOL,
  PROTOCOL_VERSION,
  resolveHostOrigin,
  versionError,
} from './protocol.ts';

const HOST = 'https://www.guiyang.gov.cn';
const allowed = [HOST];
const msg = (body: object) => ({ protocol: PROTOCOL, version: PROTOCOL_VERSION, ...body });
/** The old argument order, reading the message eagerly: for the shape cases. */
const acceptCommand = (data: unknown, origin: string, allowedOrigins: readonly string[]) =>
  accept(origin, allowedOrigins, () => data);

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

describe('the embed drops strangers first and bounds sizes before any work', () => {
  it('does not read a message from an origin that is not allowed', () => {
    let read = 0;
    const result = accept('https://evil.example', allowed, () => {
      read++;
      return msg({ type: 'show-layers', layers: [] });
    });
    expect(result).toEqual({
      ok: false,
      drop: { reason: 'origin', origin: 'https://evil.example' },
    });
    expect(read).toBe(0);
  });

  it.each([
    [
      '10^6 layer ids',
      msg({ type: 'show-layers', layers: Array.from({ length: 1e6 }, () => 'a') }),
    ],
    ['a 10 MB string', msg({ type: 'set-locale', locale: 'x'.repeat(10 * 1024 * 1024) })],
    ['a 10 MB request id', msg({ type: 'set-locale', locale: 'en', requestId: 'r'.repeat(1e7) })],
    [
      '10^5 members',
      {
        ...msg({ type: 'set-locale', locale: 'en' }),
        ...Object.fromEntries(Array.from({ length: 1e5 }, (_, i) => [`k${i}`, i])),
      },
    ],
    [
      'a huge feature id',
      msg({ type: 'select-feature', feature: { layer: 'districts', id: 'x'.repeat(1e6) } }),
    ],
    ['a long member name', { ...msg({ type: 'set-locale', locale: 'en' }), ['k'.repeat(1e5)]: 1 }],
  ])('drops %s from the allowed host as "size", after reading a few members', (_name, data) => {
    // Work is counted, not timed (timings belong in the benchmarks): every member or item the
    // check reads goes through a counting proxy, nested ones too.
    let reads = 0;
    const counted = (value: unknown): unknown =>
      typeof value === 'object' && value !== null
        ? new Proxy(value, {
            get(target, key, receiver) {
              if (typeof key === 'string' && key !== 'length') reads++;
              return counted(Reflect.get(target, key, receiver));
            },
          })
        : value;
    const result = acceptCommand(counted(data), HOST, allowed);
    expect(!result.ok && result.drop.reason).toBe('size');
    expect(reads).toBeLessThanOrEqual(2 * MESSAGE_LIMITS.members + MESSAGE_LIMITS.items);
  });

  it('keeps every limit above what a valid command needs', () => {
    const layers = Array.from({ length: MESSAGE_LIMITS.items }, (_, i) => `layer-${i}`);
    const result = acceptCommand(
      msg({ type: 'show-layers', layers, requestId: 'r'.repeat(64) }),
      HOST,
      allowed,
    );
    expect(result.ok).toBe(true);
  });

  it('drops something that is not a plain object as "shape"', () => {
    for (const data of [null, 'hello', [1, 2], new Map()]) {
      const result = acceptCommand(data, HOST, allowed);
      expect(!result.ok && result.drop.reason).toBe('shape');
    }
  });
});

describe('a host speaking another protocol version is answered', () => {
  it('drops it as "version", keeping the request id for the error event', () => {
    const result = acceptCommand(
      { protocol: PROTOCOL, version: 2, type: 'set-locale', locale: 'en', requestId: 'r-9' },
      HOST,
      allowed,
    );
    expect(result).toEqual({
      ok: false,
      drop: { reason: 'version', version: 2, requestId: 'r-9' },
    });
    expect(!result.ok && result.drop.reason === 'version' && versionError(result.drop)).toEqual({
      type: 'error',
      message: 'protocol version 2 is not supported: this map speaks version 1',
      requestId: 'r-9',
    });
  });
  it('names the version even for a command this version does not know', () => {
    const result = acceptCommand(
      { protocol: PROTOCOL, version: 3, type: 'draw-route' },
      HOST,
      allowed,
    );
    expect(!result.ok && result.drop.reason).toBe('version');
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
