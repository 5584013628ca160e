import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { DatabaseHandle } from './db/client';
import { rejectCrossSite, requireSession } from './auth/guards';
import { authRoutes } from './auth/routes';
import { createSessionReader } from './auth/sessions';
import { revisionReader } from './lib/revision';
import { securityHeaders } from './lib/securityHeaders';
import { ApiError } from './lib/errors';
import { createListAnswers, type ListAnswers } from './lib/listAnswers';
import { createRowCounter, type RowCounter } from './lib/listSql';
import { citiesRoutes } from './resources/cities/routes';
import { partnershipsRoutes } from './resources/partnerships/routes';
import { eventsRoutes } from './resources/events/routes';
import { programsRoutes } from './resources/programs/routes';
import { statsRoutes } from './resources/stats/routes';
import { gazetteerRoutes } from './resources/gazetteer/routes';
import { usersRoutes } from './resources/users/routes';
import { auditRoutes } from './resources/audit/routes';
import type { GazetteerCity } from '../src/domain/seed';

export interface AppDeps {
  handle: Pick<DatabaseHandle, 'db' | 'dialect'>;
  /** The current instant as an ISO timestamp; injectable so tests fix the clock. */
  now: () => string;
  /** Today as YYYY-MM-DD (in UTC): what "stalled" and the pace are measured against. */
  today: () => string;
  /** The cities /api/gazetteer looks through. */
  gazetteer: readonly GazetteerCity[];
  log?: (message: string, error?: unknown) => void;
  /** Origins besides the server's own whose pages may send mutations (e.g. the Vite dev server). */
  allowedOrigins?: readonly string[];
}

/** What the routes get: the app's dependencies and what the API keeps between requests. */
export interface RouteDeps extends AppDeps {
  countRows: RowCounter;
  answerList: ListAnswers;
}

const MAX_BODY_BYTES = 1024 * 1024;

/** The whole API as one Hono app: no network, no globals; `app.request()` drives it in tests. */
export function createApi(appDeps: AppDeps) {
  const log = appDeps.log ?? ((message, error) => console.error(message, error));
  const { db } = appDeps.handle;
  const deps: RouteDeps = { ...appDeps, countRows: createRowCounter(db), answerList: createListAnswers(db, appDeps.today) };
  const userOfSession = createSessionReader(db);
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json({ message: 'The request body is larger than 1 MB.' }, 413),
  });
  const api = new Hono()
    .use(rejectCrossSite(appDeps.allowedOrigins ?? []))
    // Only where a body is read: asking a GET for its body makes the Node adapter build a
    // whole Fetch Request (with an AbortSignal), which costs more than answering a kept page.
    .use((c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)))
    .route('/auth', authRoutes({ ...deps, userOfSession }))
    // Everything below needs a signed-in user.
    .use(requireSession(userOfSession, deps.now, revisionReader(db)))
    .route('/stats', statsRoutes(deps))
    .route('/gazetteer', gazetteerRoutes(deps))
    .route('/cities', citiesRoutes(deps))
    .route('/partnerships', partnershipsRoutes(deps))
    .route('/events', eventsRoutes(deps))
    .route('/programs', programsRoutes(deps))
    .route('/users', usersRoutes(deps))
    .route('/audit', auditRoutes(deps));

  api.onError((error, c) => {
    if (error instanceof ApiError) {
      if (error.retryAfter !== undefined) c.header('Retry-After', String(error.retryAfter));
      return c.json(error.errors ? { message: error.message, errors: error.errors } : { message: error.message }, error.status);
    }
    if (error instanceof HTTPException) return c.json({ message: error.message || 'Bad request' }, error.status);
    // Internals stay in the server log; the client learns only that it failed.
    log(`${c.req.method} ${c.req.url} failed`, error);
    return c.json({ message: 'app.error.server' }, 500);
  });
  return api;
}

/** The app: the API under /api (the SPA is added by the process that serves it). */
export function createApp(deps: AppDeps) {
  return new Hono()
    .use(securityHeaders())
    .route('/api', createApi(deps))
    .all('/api/:resource/:id?', (c) => c.json({ message: `Unknown resource: ${c.req.param('resource')}.` }, 404))
    .all('/api/*', (c) => c.json({ message: `No such route: ${c.req.method} ${c.req.path}` }, 404));
}
