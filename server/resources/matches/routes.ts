import { Hono } from 'hono';
import { matchesQuerySchema, rankMatches, type MatchesAnswer } from '../../../src/domain';
import type { AppEnv, RouteDeps } from '../../app';
import { authorize } from '../../auth/context';
import { parseWith } from '../../lib/validate';
import { getInquiry, regionFacts } from '../inquiries/repository';
import { citySubject, inquirySubject, matchCandidates } from './repository';

/**
 * GET /api/matches?cityId=N or ?inquiryId=N (&limit, 10 by default, at most 25): the cities of
 * the other side worth a `prospect`, ranked by the domain's rankMatches over what the database
 * counted. A city's suggestions are read by everyone signed in; an inquiry's only by those who
 * may read that inquiry (leadership may not).
 */
export const matchesRoutes = ({ readDb, today, gazetteer }: RouteDeps) =>
  new Hono<AppEnv>().get('/', async (c) => {
    const { cityId, inquiryId, limit } = parseWith(matchesQuerySchema, c.req.query());
    let subject: MatchesAnswer['subject'];
    if (cityId !== undefined) {
      authorize(c, 'read', 'cities');
      subject = await citySubject(readDb, cityId);
    } else {
      authorize(c, 'read', 'inquiries');
      const inquiry = await getInquiry(readDb, inquiryId!);
      authorize(c, 'read', 'inquiries', regionFacts(inquiry));
      subject = await inquirySubject(readDb, inquiry, gazetteer);
    }
    const candidates = await matchCandidates(readDb, subject);
    const ranked = rankMatches({ ...subject, preferredCityName: subject.preferredCity }, candidates, { today: today(), limit });
    const byId = new Map(candidates.map((city) => [city.id, city]));
    const matches = ranked.map(({ cityId: id, score, reasons }) => {
      const { id: _id, focusAreas: _areas, ...city } = byId.get(id)!;
      return { cityId: id, ...city, score, reasons };
    });
    return c.json({ subject, matches } satisfies MatchesAnswer);
  });
