import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { isDatabaseUnavailable, type DatabaseHandle, type Db, type DbOrTx } from './db/database';
import { actorOf, type AuthVariables } from './auth/context';
import { rejectCrossSite, requireSession } from './auth/guards';
import type { PasswordHasher } from './auth/password';
import { authRoutes } from './auth/routes';
import { createSessionReader } from './auth/sessions';
import type { AppBindings } from './auth/transport';
import { guardedDb } from './lib/guardedDb';
import { revisionReader } from './lib/revision';
import { securityHeaders } from './lib/securityHeaders';
import { ApiError } from './lib/errors';
import { createListAnswers, type ListAnswers } from './lib/listAnswers';
import { createRowCounter, type RowCounter } from './lib/listSql';
import { createRehearsal, createWritePath, type Answer, type ChangeSet, type RecordChange, type Writer } from './lib/writePath';
import { citiesRoutes } from './resources/cities/routes';
import { partnershipsRoutes } from './resources/partnerships/routes';
import { eventsRoutes } from './resources/events/routes';
import { programsRoutes } from './resources/programs/routes';
import { statsRoutes } from './resources/stats/routes';
import { workRoutes } from './resources/work/routes';
import { gazetteerRoutes } from './resources/gazetteer/routes';
import { usersRoutes } from './resources/users/routes';
import { auditRoutes } from './resources/audit/routes';
import { importsRoutes } from './resources/imports/routes';
import { viewsRoutes } from './resources/views/routes';
import { settingsRoutes } from './resources/settings/routes';
import { exportRoutes } from './resources/export/routes';
import { inquiriesRoutes } from './resources/inquiries/routes';
import { joinRoutes } from './resources/join/routes';
import { matchesRoutes } from './resources/matches/routes';
import { JOIN_LIMITS } from '../src/domain/joinLimits';
import type { GazetteerCity } from '../src/domain/seed';

/** What the app is built from: no global, no Node module, so it runs on the server and in the page. */
export interface AppDeps {
  handle: Pick<DatabaseHandle, 'db' | 'readDb' | 'dialect'>;
  /** The current instant as an ISO timestamp; injectable so tests fix the clock. */
  now: () => string;
  /** Today as YYYY-MM-DD (in UTC): what "stalled" and the pace are measured against. */
  today: () => string;
  /** The cities /api/gazetteer looks through. */
  gazetteer: readonly GazetteerCity[];
  /** How passwords are hashed: Node's scrypt on the server, @noble/hashes in the page. */
  passwords: PasswordHasher;
  /** The client's network address, which sign-in attempts are counted under (none in the page). */
  clientAddress?: (c: Context) => string | null;
  log?: (message: string, error?: unknown) => void;
  /** Origins besides the server's own whose pages may send mutations (e.g. the Vite dev server). */
  allowedOrigins?: readonly string[];
}

/** What the routes get: a database handle that cannot write records, and the one write path. */
export interface RouteDeps extends Omit<AppDeps, 'handle'> {
  db: Db;
  /**
   * For the heavy reads of a GET — list pages, their counts — which need no transaction and
   * follow no write of the request: reader threads on SQLite (decision 033), else `db`.
   */
  readDb: Db;
  /** Runs a change of records as the request's signed-in user (server/lib/writePath.ts). */
  write: <C extends RecordChange | ChangeSet>(c: Context, work: (tx: DbOrTx, writer: Writer) => Promise<C>) => Promise<Answer<C>>;
  /** Runs a work as `write` would, then rolls it back: a dry run. */
  rehearse: <T>(c: Context, work: (tx: DbOrTx, writer: Writer) => Promise<T>) => Promise<T>;
  countRows: RowCounter;
  answerList: ListAnswers;
}

export type AppEnv = { Bindings: AppBindings; Variables: AuthVariables };

const MAX_BODY_BYTES = 1024 * 1024;
/** A file to import comes whole in one request (decision 017). */
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The whole API as one Hono app: no network, no globals; `app.request()` drives it in tests. */
export function createApi(appDeps: AppDeps) {
  const log = appDeps.log ?? ((message, error) => console.error(message, error));
  const { handle, ...rest } = appDeps;
  const db = guardedDb(handle.db);
  const readDb = handle.readDb ? guardedDb(handle.readDb) : db;
  const writePath = createWritePath(handle);
  const rehearsal = createRehearsal(handle);
  const writerOf = (c: Context): Writer => ({ actor: actorOf(c), now: appDeps.now(), today: appDeps.today() });
  const deps: RouteDeps = {
    ...rest,
    db,
    readDb,
    write: (c, work) => writePath(writerOf(c), work),
    rehearse: (c, work) => rehearsal(writerOf(c), work),
    countRows: createRowCounter(db),
    answerList: createListAnswers(db, appDeps.today),
  };
  const userOfSession = createSessionReader(db);
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json({ message: 'The request body is larger than 1 MB.' }, 413),
  });
  const limitImport = bodyLimit({ maxSize: MAX_IMPORT_BYTES, onError: (c) => c.json({ message: 'app.import.tooLarge' }, 413) });
  // The public sign-up reads far less than a signed-in user may send (decision 039).
  const limitJoin = bodyLimit({ maxSize: JOIN_LIMITS.bodyBytes, onError: (c) => c.json({ message: 'join.error.tooLarge' }, 413) });
  const limitFor = (c: Context) => (c.req.path.startsWith('/api/imports') ? limitImport : c.req.path.startsWith('/api/join') ? limitJoin : limitBody);
  // The public is nobody: its sign-ups go through the same write path, audited with no user.
  const writeAsPublic = <C extends ChangeSet>(work: (tx: DbOrTx, writer: Writer) => Promise<C>) => writePath({ actor: null, now: appDeps.now(), today: appDeps.today() }, work);
  const api = new Hono<AppEnv>()
    .use(rejectCrossSite(appDeps.allowedOrigins ?? []))
    // Only where a body is read: asking a GET for its body makes the Node adapter build a
    // whole Fetch Request, which costs more than answering a kept page.
    .use((c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitFor(c)(c, next)))
    .route('/auth', authRoutes({ ...deps, userOfSession }))
    .route('/join', joinRoutes({ ...deps, writeAsPublic }))
    // Everything below needs a signed-in user.
    .use(requireSession(userOfSession, deps.now, revisionReader(db)))
    // Before the resources: /<list>/export is no record id.
    .route('/', exportRoutes(deps))
    .route('/stats', statsRoutes({ ...deps, handle }))
    .route('/work', workRoutes(deps))
    .route('/gazetteer', gazetteerRoutes(deps))
    .route('/cities', citiesRoutes(deps))
    .route('/partnerships', partnershipsRoutes(deps))
    .route('/events', eventsRoutes(deps))
    .route('/programs', programsRoutes(deps))
    .route('/inquiries', inquiriesRoutes(deps))
    .route('/matches', matchesRoutes(deps))
    .route('/users', usersRoutes(deps))
    .route('/audit', auditRoutes(deps))
    .route('/imports', importsRoutes(deps))
    .route('/views', viewsRoutes(deps))
    .route('/settings', settingsRoutes(deps));

  api.onError((error, c) => {
    if (error instanceof ApiError) {
      if (error.retryAfter !== undefined) c.header('Retry-After', String(error.retryAfter));
      return c.json(error.errors ? { message: error.message, errors: error.errors } : { message: error.message }, error.status);
    }
    if (error instanceof HTTPException) return c.json({ message: error.message || 'Bad request' }, error.status);
    // The database restarting or out of reach: a moment's wait, not a fault of the server.
    if (isDatabaseUnavailable(error)) {
      c.header('Retry-After', '5');
      return c.json({ message: 'app.error.unavailable' }, 503);
    }
    // Internals stay in the server log; the client learns only that it failed.
    log(`${c.req.method} ${c.req.url} failed`, error);
    return c.json({ message: 'app.error.server' }, 500);
  });
  return api;
}

/** The app: the API under /api (the SPA is added by the process that serves it). */
export function createApp(deps: AppDeps) {
  return new Hono<AppEnv>()
    .use(securityHeaders())
    .route('/api', createApi(deps))
    .all('/api/:resource/:id?', (c) => c.json({ message: `Unknown resource: ${c.req.param('resource')}.` }, 404))
    .all('/api/*', (c) => c.json({ message: `No such route: ${c.req.method} ${c.req.path}` }, 404));
}
