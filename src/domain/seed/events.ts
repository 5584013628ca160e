import { addDays } from '../common';
import type { City } from '../city';
import type { SciEvent, EventType } from '../event';
import { FOCUS_AREAS, type FocusArea, type StoredPartnership } from '../partnership';
import { isSignedStage, PRE_SIGNATURE } from '../stages';
import type { Random } from './random';

type Draft = Omit<SciEvent, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

const GLOBAL_TOPICS = [
  'Youth voices in city diplomacy',
  'Trade corridors between African and US cities',
  'Climate-ready cities',
  'Arts as a bridge',
  'Women leading city partnerships',
  'Health systems and twin cities',
  'Digital skills for the next generation',
];

const OUTCOMES = [
  'Both committees agreed on a calendar for the next year.',
  'A youth exchange was proposed for next summer.',
  'The chambers of commerce will meet again in three months.',
  'Letters of intent were exchanged.',
];

const at = (date: string, hour: number) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
const later = (startsAt: string, hours: number) => new Date(Date.parse(startsAt) + hours * 3_600_000).toISOString();

function base(random: Random, type: EventType, title: string, date: string, hours: number, today: string): Draft {
  const startsAt = at(date, random.int(9, 16));
  return {
    type,
    title,
    startsAt,
    endsAt: later(startsAt, hours),
    cityId: null,
    virtual: false,
    partnershipIds: [],
    focusArea: null,
    adults: null,
    youth: null,
    outcome: date < today && random.chance(0.7) ? random.pick(OUTCOMES) : null,
    notes: null,
  };
}

/** A date within the partnership's active span, so linking the event leaves lastActivityAt as it is. */
function dateWithin(random: Random, p: StoredPartnership): string {
  const span = Math.max(0, Math.round((Date.parse(p.lastActivityAt!) - Date.parse(p.firstContactAt!)) / 86_400_000));
  return addDays(p.firstContactAt!, random.int(0, span));
}

function yearlyEvents(random: Random, usCities: readonly City[], today: string): Draft[] {
  const events: Draft[] = [];
  for (let year = 2023; year <= Number(today.slice(0, 4)) + 1; year++) {
    const host = random.pick(usCities.slice(0, 40));
    const conference = base(random, 'annual_conference', `SCI Annual Conference ${year}`, `${year}-07-${random.int(10, 20)}`, 72, today);
    events.push({ ...conference, cityId: host.id, adults: random.int(300, 650), youth: random.int(20, 90) });
    const awards = base(random, 'annual_awards', `Annual Awards for Excellence ${year}`, conference.startsAt.slice(0, 10), 4, today);
    if (awards.startsAt.slice(0, 10) < today) events.push({ ...awards, cityId: host.id, adults: random.int(150, 400) });
  }
  return events;
}

function linkedEvent(random: Random, type: EventType, p: StoredPartnership, cities: Map<number, City>, date: string, today: string): Draft {
  const african = cities.get(p.africanCityId)!;
  const us = cities.get(p.usCityId)!;
  const pair = `${african.name} – ${us.name}`;
  const titles: Partial<Record<EventType, string>> = {
    signing_ceremony: `Signing ceremony: ${pair}`,
    delegation_visit: `${us.name} delegation to ${african.name}`,
    virtual_meeting: `Video call: ${pair}`,
    exchange: `Youth exchange: ${pair}`,
  };
  const event = base(random, type, titles[type]!, date, type === 'exchange' ? 24 * 10 : type === 'delegation_visit' ? 72 : 2, today);
  const virtual = type === 'virtual_meeting';
  const host = type === 'delegation_visit' || random.chance(0.5) ? african : us;
  const focusArea: FocusArea | null = type === 'exchange' ? 'youth_education' : random.chance(0.6) ? random.pick(p.focusAreas.length ? p.focusAreas : FOCUS_AREAS) : null;
  return {
    ...event,
    virtual,
    cityId: virtual ? null : host.id,
    partnershipIds: [p.id],
    focusArea,
    adults: virtual ? random.int(4, 20) : random.int(8, 120),
    youth: type === 'exchange' ? random.int(6, 30) : random.chance(0.3) ? random.int(1, 25) : null,
  };
}

/** ~150 events: the yearly conference and awards, webinars, and events of partnerships. */
export function seedEvents(random: Random, cities: readonly City[], partnerships: readonly StoredPartnership[], today: string): SciEvent[] {
  const byId = new Map(cities.map((c) => [c.id, c]));
  const drafts = yearlyEvents(random, cities.filter((c) => c.side === 'us'), today);
  const newCohort = partnerships.filter((p) => p.cohort === '500in5');
  const signed = newCohort.filter((p) => isSignedStage(p.stage) && p.signedAt);
  const talking = newCohort.filter((p) => PRE_SIGNATURE.includes(p.stage) || p.stage === 'closed');
  const active = signed.filter((p) => p.stage === 'active');

  for (let i = 0; i < 14; i++) {
    const date = addDays('2023-04-15', Math.round((i / 14) * (Date.parse(today) - Date.parse('2023-04-15')) / 86_400_000));
    const linked = active.filter((p) => p.firstContactAt! <= date && p.lastActivityAt! >= date);
    const event = base(random, 'global_conversations', `Global Conversations: ${GLOBAL_TOPICS[i % GLOBAL_TOPICS.length]}`, date, 2, today);
    drafts.push({ ...event, virtual: true, partnershipIds: random.sample(linked, random.int(0, 3)).map((p) => p.id), adults: random.int(40, 220) });
  }
  for (const p of random.sample(signed, 35)) drafts.push(linkedEvent(random, 'signing_ceremony', p, byId, p.signedAt!, today));
  for (const p of random.sample([...signed, ...talking], 33)) drafts.push(linkedEvent(random, 'delegation_visit', p, byId, dateWithin(random, p), today));
  for (const p of random.sample(talking, 32)) drafts.push(linkedEvent(random, 'virtual_meeting', p, byId, dateWithin(random, p), today));
  for (const p of random.sample(active, 16)) drafts.push(linkedEvent(random, 'exchange', p, byId, dateWithin(random, p), today));
  // A few planned ones, still to come.
  const open = newCohort.filter((p) => p.stage !== 'ended' && p.stage !== 'closed' && p.stage !== 'dormant');
  for (const p of random.sample(open, 12)) {
    drafts.push(linkedEvent(random, random.pick(['delegation_visit', 'virtual_meeting'] as const), p, byId, addDays(today, random.int(3, 120)), today));
  }
  drafts.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return drafts.map((event, index) => {
    const createdAt = event.startsAt < `${today}T00` ? event.startsAt : `${addDays(today, -random.int(1, 20))}T09:00:00.000Z`;
    return { ...event, id: index + 1, version: 1, createdAt, updatedAt: createdAt };
  });
}
