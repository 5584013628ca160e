import { sql } from 'kysely';
import { toIsoDate } from '../src/domain';
import { generateSeed, type GazetteerCity } from '../src/domain/seed';
import { migrate, type DatabaseHandle } from './db/database';
import { openDatabase } from './db/client';
import { isEmpty, seedDatabase } from './db/seed';
import { ensureFirstAdmin } from './auth/firstAdmin';
import { nodePasswords } from './auth/nodeScrypt';
import { purgeExpiredSessions } from './auth/sessions';
import { purgeOldFailures } from './auth/throttle';
import { parseEnv, type Env } from './env';
import { loadGazetteer } from './gazetteer';
import { builtSpaDir, createServerApp, listen, type RunningServer } from './serve';

const now = () => new Date().toISOString();
const today = () => toIsoDate(new Date());

/** An empty database starts with the demo pipeline, unless SEED=none. */
async function seedIfEmpty(handle: DatabaseHandle, env: Env, gazetteer: readonly GazetteerCity[]) {
  if (env.SEED === 'none' || !(await isEmpty(handle.db))) return;
  await seedDatabase(handle, generateSeed({ gazetteer, today: today() }));
  // Fresh planner statistics for the tables just filled (both databases know ANALYZE).
  await sql`analyze`.execute(handle.db);
  console.info(`Seeded the demo data as of ${today()}`);
}

/** SIGTERM / SIGINT: stop accepting, answer the requests in flight, close the database, exit 0. */
function stopOnSignals(server: RunningServer, handle: DatabaseHandle) {
  let stopping = false;
  const stop = async (signal: string) => {
    // A second signal while draining means "now".
    if (stopping) process.exit(1);
    stopping = true;
    console.info(`${signal}: finishing the requests in flight, then stopping`);
    try {
      await server.close();
      await handle.close();
      process.exit(0);
    } catch (error) {
      console.error('Stopping failed', error);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

async function main() {
  const env = parseEnv();
  const handle = openDatabase(env.DATABASE_URL, { readers: env.SQLITE_READERS });
  const gazetteer = loadGazetteer();
  const passwords = nodePasswords();
  // Instances starting together on an empty database: one migrates and seeds, the others wait.
  const prepare = async () => {
    await migrate(handle.db);
    await seedIfEmpty(handle, env, gazetteer);
    await ensureFirstAdmin(handle, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD, now: now(), passwords, tell: (message) => console.info(message) });
  };
  await (handle.exclusively ? handle.exclusively(prepare) : prepare());
  const spaDir = builtSpaDir();
  const app = createServerApp({ handle, now, today, gazetteer, passwords, allowedOrigins: env.ALLOWED_ORIGINS }, { spaDir });
  const server = await listen(app, env.PORT);
  // Expired sessions and old failure counts no longer matter; their rows are cleared now and then.
  const purge = () =>
    Promise.all([purgeExpiredSessions(handle.db, now()), purgeOldFailures(handle.db, now())]).catch((error: unknown) =>
      console.error('Purging expired sessions and old sign-in failures failed', error),
    );
  void purge();
  setInterval(() => void purge(), 60 * 60 * 1000).unref();
  stopOnSignals(server, handle);
  const serving = spaDir ? 'the app and its API' : 'the API (no built SPA in dist/)';
  console.info(`500 in 5: serving ${serving} on ${server.url}, data in ${handle.description}`);
}

main().catch((error: unknown) => {
  console.error('The server could not start:', error);
  process.exit(1);
});
