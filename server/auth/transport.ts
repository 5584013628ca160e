import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_MAX_MS } from './sessions';

const SESSION_COOKIE = 'sid';

/**
 * Where a client keeps its session token when it cannot use a cookie: the mock mode, where the
 * app answers inside the page and the browser drops Cookie and Set-Cookie from the requests
 * and responses a script builds. Handed to the app as Hono's `env` (`app.fetch(request, env)`).
 */
export interface SessionJar {
  get(): string | null;
  set(token: string): void;
  clear(): void;
}
export type AppBindings = { sessionJar?: SessionJar };

const jarOf = (c: Context): SessionJar | undefined => (c.env as AppBindings | undefined)?.sessionJar;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The session token the request carries: its jar's, or the cookie's. */
export function sessionTokenOf(c: Context): string | undefined {
  const jar = jarOf(c);
  return (jar ? jar.get() : getCookie(c, SESSION_COOKIE)) ?? undefined;
}

/**
 * Gives the client its session: an HttpOnly, SameSite=Strict cookie, Secure everywhere but on
 * plain http://localhost (also when a proxy in front says the browser came in over HTTPS).
 */
export function keepSession(c: Context, token: string) {
  const jar = jarOf(c);
  if (jar) return jar.set(token);
  const { hostname, protocol } = new URL(c.req.url);
  const https = protocol === 'https:' || c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim() === 'https';
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: https || !LOCAL_HOSTS.has(hostname),
    path: '/',
    maxAge: SESSION_MAX_MS / 1000,
  });
}

export function dropSession(c: Context) {
  const jar = jarOf(c);
  if (jar) return jar.clear();
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
