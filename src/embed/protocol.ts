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

/** Why an incoming message was dropped, for the console log. */
export type DropReason = { reason: 'origin'; origin: string } | { reason: 'shape'; detail: string };

/**
 * Checks one incoming message: origin in the allow-list, then shape. Pure, so it is tested
 * without a browser.
 */
export function acceptCommand(
  data: unknown,
  origin: string,
  allowedOrigins: readonly string[],
): { ok: true; command: HostCommand } | { ok: false; drop: DropReason } {
  if (!allowedOrigins.includes(origin)) return { ok: false, drop: { reason: 'origin', origin } };
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
