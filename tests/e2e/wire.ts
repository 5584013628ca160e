import type { CDPSession, Page } from 'playwright-core';

export interface WireEntry {
  url: string;
  /** Bytes received for it, headers included, as Chromium counts them. */
  bytes: number;
  /** Of which the body's (as sent, so compressed when it was). */
  bodyBytes: number;
  contentEncoding: string | null;
  fromCache: boolean;
}

export interface Wire {
  entries: WireEntry[];
  /** What came over the network so far (answers from the cache cost nothing). */
  bytes(): number;
  stop(): Promise<void>;
}

/**
 * Records what a page receives, through the DevTools protocol: the bytes Chromium counts for
 * each finished request (compressed, headers included) and how each answer was encoded.
 */
export async function recordWire(page: Page): Promise<Wire> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const pending = new Map<string, Omit<WireEntry, 'bytes' | 'bodyBytes'> & { headerBytes: number }>();
  const entries: WireEntry[] = [];
  session.on('Network.responseReceived', ({ requestId, response }) => {
    const headers = Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
    pending.set(requestId, {
      url: response.url,
      contentEncoding: headers['content-encoding'] ?? null,
      fromCache: Boolean(response.fromDiskCache || response.fromServiceWorker || response.fromPrefetchCache),
      // What had arrived when the headers were read: the headers themselves.
      headerBytes: response.encodedDataLength,
    });
  });
  session.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const seen = pending.get(requestId);
    if (!seen) return;
    const { headerBytes, ...entry } = seen;
    const bytes = seen.fromCache ? 0 : encodedDataLength;
    entries.push({ ...entry, bytes, bodyBytes: Math.max(0, bytes - headerBytes) });
  });
  await session.send('Network.enable');
  return {
    entries,
    bytes: () => entries.reduce((sum, entry) => sum + entry.bytes, 0),
    stop: () => session.detach(),
  };
}

/** 1.6 Mbit/s down, 750 kbit/s up, 300 ms round trip: a mobile link in a coordinator's city. */
export const SLOW_LINK = { offline: false, latency: 300, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

/** Throttles the page's network as a slow mobile link would (issue 12's conditions). */
export async function throttle(page: Page, conditions = SLOW_LINK): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', conditions);
  return session;
}
