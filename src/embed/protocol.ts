import { z } from '../config/zod-mini.ts';

/**
 * The postMessage protocol between a host page and the embedded map, typed and versioned.
 * Every message is `{ protocol, version, type, ... }`; anything else is dropped and logged.
 * Version 1. A host that speaks a newer version gets an `error` event naming the version.
 */
export const PROTOCOL = 'gy-plan-map';
/** The protocol version this build speaks. */
export const PROTOCOL_VERSION = 1;

const Envelope = { protocol: z.literal(PROTOCOL), version: z.literal(PROTOCOL_VERSION) };
const Id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/));
const LngLat = z.tuple([
  z.number().check(z.gte(-180), z.lte(180)),
  z.number().check(z.gte(-85), z.lte(85)),
]);
const Feature = z.strictObject({ layer: Id, id: Id });
const RequestId = z.optional(z.string().check(z.maxLength(64)));

/** Commands a host may send. `requestId` (optional) is echoed in the `error` event. */
export const HostCommand = z.discriminatedUnion('type', [
  z.strictObject({
    ...Envelope,
    type: z.literal('show-layers'),
    layers: z.array(Id).check(z.maxLength(50)),
    requestId: RequestId,
  }),
  z.strictObject({
    ...Envelope,
    type: z.literal('fly-to'),
    center: LngLat,
    zoom: z.optional(z.number().check(z.gte(0), z.lte(22))),
    requestId: RequestId,
  }),
  z.strictObject({
    ...Envelope,
    type: z.literal('select-feature'),
    feature: z.nullable(Feature),
    requestId: RequestId,
  }),
  z.strictObject({
    ...Envelope,
    type: z.literal('open-measure'),
    measure: z.nullable(Id),
    requestId: RequestId,
  }),
  z.strictObject({
    ...Envelope,
    type: z.literal('open-indicator'),
    indicator: z.nullable(Id),
    requestId: RequestId,
  }),
  z.strictObject({
    ...Envelope,
    type: z.literal('set-locale'),
    locale: z.enum(['zh', 'en']),
    requestId: RequestId,
  }),
]);
/** {@link HostCommand} as a type. */
export type HostCommand = z.infer<typeof HostCommand>;

/** Events the map sends to its host (to the host's exact origin, never `*`). */
export type MapEvent =
  | { type: 'ready'; layers: string[]; visible: string[]; locale: 'zh' | 'en' }
  | { type: 'view-changed'; center: [number, number]; zoom: number; bearing: number }
  | { type: 'feature-selected'; feature: { layer: string; id: string; name: string } | null }
  | { type: 'measure-opened'; measure: { id: string; label: string; title: string } | null }
  | { type: 'indicator-opened'; indicator: { id: string; name: string; figure: string } | null }
  | { type: 'error'; message: string; requestId?: string };

/** Wraps an event in the protocol envelope. */
export function envelope(event: MapEvent): MapEvent & { protocol: string; version: number } {
  return { protocol: PROTOCOL, version: PROTOCOL_VERSION, ...event };
}

/** Why an incoming message was dropped, for the console log (and, for `version`, the host). */
export type DropReason =
  | { reason: 'origin'; origin: string }
  | { reason: 'size'; detail: string }
  | { reason: 'shape'; detail: string }
  | { reason: 'version'; version: number; requestId?: string };

/**
 * Limits a message must keep before it is parsed: every command fits in a few short members,
 * so anything larger is dropped after O(limit) work, whatever its size (a zod parse of 10^6
 * layer ids took seconds).
 */
export const MESSAGE_LIMITS = {
  /** Members of a message, or of its `feature`. */
  members: 8,
  /** Characters of any string member (ids and request ids are at most 64). */
  string: 256,
  /** Items of `layers`. */
  items: 50,
} as const;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

/** Counts own members, stopping as soon as there are more than `limit`. */
function membersWithin(value: Record<string, unknown>, limit: number): string[] | undefined {
  const keys: string[] = [];
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (keys.length === limit) return undefined;
    keys.push(key);
  }
  return keys;
}

/** Why a value breaks {@link MESSAGE_LIMITS}, looking at no more than the limits allow. */
function oversized(value: unknown, path: string, depth: number): string | undefined {
  const { members, string, items } = MESSAGE_LIMITS;
  if (typeof value === 'string') {
    return value.length > string ? `${path}: a string of ${value.length} characters` : undefined;
  }
  if (Array.isArray(value)) {
    if (value.length > items) return `${path}: ${value.length} items (at most ${items})`;
    for (let i = 0; i < value.length; i++) {
      const problem = depth < 2 ? oversized(value[i], `${path}.${i}`, depth + 1) : undefined;
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    if (!isPlainObject(value)) return `${path}: not a plain object`;
    const keys = membersWithin(value, members);
    if (!keys) return `${path || '(message)'}: more than ${members} members`;
    for (const key of keys) {
      if (key.length > 64)
        return `${path || '(message)'}: a member name of ${key.length} characters`;
      const problem =
        depth < 2 ? oversized(value[key], path ? `${path}.${key}` : key, depth + 1) : undefined;
      if (problem) return problem;
    }
  }
  return undefined;
}

/**
 * Checks one incoming message, cheapest test first: the origin against the allow-list before
 * the message is even read (`read` deserialises it: a stranger's 10^6-item array must cost
 * nothing), then its size against {@link MESSAGE_LIMITS}, then the protocol version (a newer
 * one is answered, see `version`), then its shape. Pure, so it is tested without a browser.
 */
export function acceptCommand(
  origin: string,
  allowedOrigins: readonly string[],
  read: () => unknown,
): { ok: true; command: HostCommand } | { ok: false; drop: DropReason } {
  if (!allowedOrigins.includes(origin)) return { ok: false, drop: { reason: 'origin', origin } };
  const data = read();
  if (!isPlainObject(data)) {
    return { ok: false, drop: { reason: 'shape', detail: '(message): not an object' } };
  }
  const tooBig = oversized(data, '', 0);
  if (tooBig) return { ok: false, drop: { reason: 'size', detail: tooBig } };
  const { protocol, version, requestId } = data;
  if (protocol === PROTOCOL && typeof version === 'number' && version !== PROTOCOL_VERSION) {
    return {
      ok: false,
      drop: {
        reason: 'version',
        version,
        ...(typeof requestId === 'string' && requestId.length <= 64 ? { requestId } : {}),
      },
    };
  }
  const parsed = HostCommand.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      drop: {
        reason: 'shape',
        detail: `${issue?.path.join('.') || '(message)'}: ${issue?.message}`,
      },
    };
  }
  return { ok: true, command: parsed.data };
}

/** The `error` event answering a message of another protocol version. */
export function versionError(drop: { version: number; requestId?: string }): MapEvent {
  return {
    type: 'error',
    message: `protocol version ${drop.version} is not supported: this map speaks version ${PROTOCOL_VERSION}`,
    ...(drop.requestId ? { requestId: drop.requestId } : {}),
  };
}

/**
 * The host's origin, to which events are sent: the `host` URL parameter, else the embedding
 * page's origin (ancestorOrigins / referrer); only if it is in the allow-list, since a map
 * must never post its state to a page the deployment did not allow.
 */
export function resolveHostOrigin(
  candidates: readonly (string | undefined)[],
  allowedOrigins: readonly string[],
): string | undefined {
  for (const candidate of candidates) {
    if (!candidate) continue;
    let origin: string;
    try {
      origin = new URL(candidate).origin;
    } catch {
      continue;
    }
    if (allowedOrigins.includes(origin)) return origin;
  }
  return undefined;
}
