import type { MiddlewareHandler } from 'hono';

/**
 * The page may run only its own scripts (no inline script, no eval), talk only to its own
 * origin, and never be framed. Styles may be inline: MUI (emotion) writes its styles into
 * <style> elements at run time.
 */
const SPA_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
/** An API answer is data, never a page. */
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * On every answer; the API's are also never stored by a browser or a proxy (they hold
 * contacts). Set before the handler runs, so they go into the answer as it is made: touching
 * the headers of a finished answer makes the Node adapter rebuild it as a full Fetch Response.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    const api = c.req.path === '/api' || c.req.path.startsWith('/api/');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Content-Security-Policy', api ? API_POLICY : SPA_POLICY);
    if (api) c.header('Cache-Control', 'no-store');
    await next();
  };
}
