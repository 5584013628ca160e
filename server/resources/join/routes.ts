import { Hono, type Context } from 'hono';
import { joinRequestSchema, type Side } from '../../../src/domain';
import type { AppEnv, RouteDeps } from '../../app';
import { ApiError } from '../../lib/errors';
import { readBody } from '../../lib/http';
import { parseWith } from '../../lib/validate';
import type { Answer, ChangeSet, Writer } from '../../lib/writePath';
import type { DbOrTx } from '../../db/database';
import { gazetteerSearch } from '../gazetteer/search';
import { cityOfSignUp, receiveSignUp, RECEIVED } from './repository';
import { createStamper, type StampVerdict } from './stamp';

/** At most this many places for the sign-up's city field. */
export const PLACES_LIMIT = 8;

/** The one write the public makes: through the write path, in no one's name (app.ts). */
export type PublicWrite = <C extends ChangeSet>(work: (tx: DbOrTx, writer: Writer) => Promise<C>) => Promise<Answer<C>>;

const STAMP_REFUSALS: Record<Exclude<StampVerdict, 'ok'>, string> = {
  forged: 'join.error.stamp',
  tooFast: 'join.error.tooFast',
  expired: 'join.error.expired',
};

/** The body as JSON, its refusals keyed by the schema's fields only: nothing the visitor named comes back. */
async function readJoinBody(c: Context): Promise<Record<string, unknown>> {
  try {
    return await readBody(c);
  } catch (error) {
    if (!(error instanceof ApiError) || !error.errors) throw error;
    const known = Object.entries(error.errors).filter(([field]) => Object.hasOwn(joinRequestSchema.shape, field));
    throw new ApiError(error.status, error.message, known.length > 0 ? Object.fromEntries(known) : undefined);
  }
}

/** The field people never see, filled: a robot, answered as a person is, and nothing kept or counted. */
const isTrap = (body: Record<string, unknown>) => typeof body.url2 === 'string' && body.url2.trim() !== '';

/**
 * /api/join, the only routes open without a session besides signing in (decision 039):
 * GET /start gives the form its stamp, GET /places looks cities up in the gazetteer (never in
 * the product's data), POST / takes a sign-up. Answers carry nothing of the product's data
 * and nothing of what was sent; no answer sets a cookie.
 *
 * What a sign-up goes through, in order, each refusal before anything is written: the body
 * limit (app.ts), JSON, the trap, the schema, the gazetteer city, the stamp. Only then is it
 * counted against the rate limits, in the transaction that stores it.
 */
export function joinRoutes({ db, now, gazetteer, clientAddress, writeAsPublic }: RouteDeps & { writeAsPublic: PublicWrite }) {
  const stamper = createStamper(db);
  const search = gazetteerSearch(gazetteer);
  const places = new Map(gazetteer.map((place) => [place.geonameId, place]));
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      await next();
      c.header('Cache-Control', 'no-store');
    })
    .get('/start', async (c) => c.json({ token: await stamper.issue(Date.parse(now())) }))
    .get('/places', (c) => {
      const side = c.req.query('side');
      const q = c.req.query('q')?.trim() ?? '';
      const errors = {
        ...(side === 'africa' || side === 'us' ? {} : { side: 'app.validation.choice' }),
        ...(q.length >= 2 && q.length <= 60 ? {} : { q: q.length < 2 ? 'app.validation.required' : 'app.validation.tooLong' }),
      };
      if (Object.keys(errors).length > 0) throw new ApiError(400, 'app.error.invalid', errors);
      const found = search(q, side as Side).slice(0, PLACES_LIMIT);
      return c.json(found.map(({ geonameId, name, country, admin1, population }) => ({ geonameId, name, country, admin1: admin1 || null, population })));
    })
    .post('/', async (c) => {
      const body = await readJoinBody(c);
      if (isTrap(body)) return c.json(RECEIVED, 202);
      const input = parseWith(joinRequestSchema, body);
      const city = cityOfSignUp(input, places);
      const verdict = await stamper.check(input.token, Date.parse(now()));
      if (verdict !== 'ok') throw new ApiError(400, STAMP_REFUSALS[verdict]);
      const address = clientAddress?.(c) ?? null;
      const addressKey = address ? await stamper.addressKey(address) : null;
      return c.json(await writeAsPublic((tx, writer) => receiveSignUp(tx, input, city, addressKey, writer)), 202);
    });
}
