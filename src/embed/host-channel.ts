import {
  acceptCommand,
  envelope,
  PROTOCOL_VERSION,
  versionError,
  type HostCommand,
  type MapEvent,
} from './protocol.ts';

/** The embedding page's origin where the browser tells it (ancestorOrigins: Chromium, Safari). */
function embeddingOrigin(): string | undefined {
  if (window.parent === window) return undefined;
  return window.location.ancestorOrigins?.[0];
}

/**
 * The embed's side of the postMessage channel: accepts commands only from the embedding page
 * (its window, and an origin in the allow-list) and sends events to that exact origin.
 * Dropped messages are logged with the reason, so an integrator can see what went wrong.
 */
export class HostChannel {
  private readonly listener = (event: MessageEvent) => this.receive(event);

  constructor(
    private readonly allowedOrigins: readonly string[],
    /** Where events go; undefined (no allowed host) means events are not sent at all. */
    private readonly hostOrigin: string | undefined,
    private readonly onCommand: (command: HostCommand) => void,
  ) {}

  /**
   * Starts listening for commands, unless the embedding page is known not to be allowed: then
   * nothing it sends can be obeyed, and not listening costs its messages nothing at all (even
   * a listener that reads nothing pays for the browser delivering them).
   */
  start(): void {
    const parent = embeddingOrigin();
    if (parent !== undefined && !this.allowedOrigins.includes(parent)) {
      console.warn(
        `[embed] the embedding page ${parent} is not in embed.allowedOrigins: its messages are not read`,
      );
      return;
    }
    window.addEventListener('message', this.listener);
    if (!this.hostOrigin) {
      console.warn(
        '[embed] no allowed host origin: events will not be sent (see site-config.json embed.allowedOrigins)',
      );
    }
  }

  /** Stops listening. */
  stop(): void {
    window.removeEventListener('message', this.listener);
  }

  /** Sends an event to the host's exact origin (never `*`). */
  send(event: MapEvent): void {
    if (!this.hostOrigin || window.parent === window) return;
    window.parent.postMessage(envelope(event), this.hostOrigin);
  }

  private receive(event: MessageEvent): void {
    // Only the page that embeds the map may drive it, not a sibling or child frame. Neither
    // this nor the origin check reads `event.data`: reading it deserialises the message.
    if (event.source !== window.parent || window.parent === window) {
      console.warn(`[embed] dropped message from ${event.origin}: not from the embedding page`);
      return;
    }
    const result = acceptCommand(event.origin, this.allowedOrigins, () => event.data);
    if (!result.ok) {
      const { drop } = result;
      const why =
        drop.reason === 'origin'
          ? `origin ${drop.origin} is not allowed`
          : drop.reason === 'version'
            ? `protocol version ${drop.version} (this map speaks version ${PROTOCOL_VERSION})`
            : drop.reason === 'size'
              ? `message too large (${drop.detail})`
              : `invalid message (${drop.detail})`;
      console.warn(`[embed] dropped message from ${event.origin}: ${why}`);
      // The protocol promises a host of a newer version an answer naming the version.
      if (drop.reason === 'version') this.send(versionError(drop));
      return;
    }
    this.onCommand(result.command);
  }
}
