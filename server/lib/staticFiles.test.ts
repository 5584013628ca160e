import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressFile } from '../../scripts/vite-precompress-plugin';
import { acceptedEncodings, staticSite } from './staticFiles';

const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `partnership ${i}`))};\n`;
const INDEX = `<!doctype html><title>500 in 5</title><div id="root"></div>${'<!-- filler -->'.repeat(100)}`;
const JOIN = '<!doctype html><title>Join 500 in 5</title>';

describe('the built SPA served from memory', () => {
  let dir: string;
  let app: Hono;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'static-files-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'assets/index-AbC123.js'), SCRIPT);
    writeFileSync(join(dir, 'assets/index-AbC123.js.map'), '{"version":3}');
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
    writeFileSync(join(dir, 'join.html'), JOIN);
    await precompressFile(join(dir, 'index.html'));
    await precompressFile(join(dir, 'assets/index-AbC123.js'));
    app = new Hono();
    app.get('/api/ping', (c) => c.json({ pong: true }));
    app.use('*', staticSite(dir, (path) => (path.startsWith('/assets/') ? 'immutable' : 'no-cache')));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

  it('sends the brotli copy to a browser that takes it, gzip to one that takes only gzip, the file itself otherwise', async () => {
    const br = await get('/assets/index-AbC123.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers.get('content-encoding')).toBe('br');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(Number(br.headers.get('content-length'))).toBe(brBytes.length);
    expect(brotliDecompressSync(brBytes).toString()).toBe(SCRIPT);

    const gzip = await get('/assets/index-AbC123.js', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(SCRIPT);

    const plain = await get('/assets/index-AbC123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);

    for (const response of [br, gzip, plain]) {
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('immutable');
    }
    expect(brBytes.length).toBeLessThan(SCRIPT.length / 4);
    expect(new Set([br, gzip, plain].map((r) => r.headers.get('etag'))).size).toBe(3);
  });

  it('answers 304 to a request that already holds the same copy', async () => {
    const first = await get('/assets/index-AbC123.js', { 'Accept-Encoding': 'br' });
    const etag = first.headers.get('etag')!;
    const again = await get('/assets/index-AbC123.js', { 'Accept-Encoding': 'br', 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const otherCopy = await get('/assets/index-AbC123.js', { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(otherCopy.status).toBe(200);
  });

  it('opens the app at any page path, sends small files as they are, and leaves the API and missing files alone', async () => {
    const page = await get('/partnerships/12', { 'Accept-Encoding': 'br' });
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(brotliDecompressSync(Buffer.from(await page.arrayBuffer())).toString()).toBe(INDEX);

    const icon = await get('/favicon.svg', { 'Accept-Encoding': 'br' });
    expect([icon.headers.get('content-encoding'), icon.headers.get('vary'), await icon.text()]).toEqual([null, null, '<svg/>']);

    expect(await (await get('/assets/index-AbC123.js.map')).text()).toBe('{"version":3}');
    expect(await (await get('/api/ping')).json()).toEqual({ pong: true });
    expect((await get('/assets/missing-1.js')).status).toBe(404);
    const head = await app.request('/assets/index-AbC123.js', { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } });
    expect([head.status, head.headers.get('content-encoding'), await head.text()]).toEqual([200, 'br', '']);
  });

  it('answers /join with the public sign-up page, not the app', async () => {
    const page = await get('/join');
    expect([page.status, page.headers.get('content-type'), await page.text()]).toEqual([200, 'text/html; charset=utf-8', JOIN]);
    expect(await (await get('/join/somewhere')).text()).not.toBe(JOIN);
  });

  it('reads Accept-Encoding with its weights', () => {
    expect([...acceptedEncodings('gzip, deflate, br, zstd')].sort()).toEqual(['br', 'gzip', 'identity']);
    expect([...acceptedEncodings('br;q=0, gzip;q=0.5')].sort()).toEqual(['gzip', 'identity']);
    expect([...acceptedEncodings('*')].sort()).toEqual(['br', 'gzip', 'identity']);
    expect([...acceptedEncodings('identity')]).toEqual(['identity']);
    expect([...acceptedEncodings(undefined)]).toEqual(['identity']);
  });
});
