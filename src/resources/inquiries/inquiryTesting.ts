import { screen } from '@testing-library/react';
import gazetteer from 'virtual:gazetteer';
import { JOIN_LIMITS, type Inquiry } from '../../domain';
import type { MockApi } from '../../../tests/setup/mockApi';
import { emptyPipeline } from '../../../tests/setup/testRecords';
import { signUpRecord } from '../../../tests/setup/signUpRecords';

/*
 * The inquiries' tests own their data: sign-ups stored with the seed (SeedData.inquiries, as
 * the seeder inserts them), and one sent through the public page (joinThroughPublicPage).
 */

/** Beside the member of staff (1): the coordinator of Western Africa (Ghana is there) and a member of leadership. */
export const COORDINATOR = 2;
export const LEADERSHIP = 3;

/** A place of the gazetteer, by name and country: what the sign-up's city field would have picked. */
export function placeOf(name: string, country: string) {
  const place = gazetteer.find((city) => city.name === name && city.country === country);
  if (!place) throw new Error(`${name}, ${country} is not in the gazetteer`);
  return place;
}

export const TAMALE = placeOf('Tamale', 'GH');

/** The inquiries of the tests: two to handle, one converted, one declined, and one from a US city that wants a Western African partner. */
export const SIGN_UPS: Inquiry[] = [
  signUpRecord(1, '2026-11-20T08:30:00.000Z', {
    organisation: 'Tamale Metropolitan Assembly',
    contactName: 'Abena Mensah',
    role: 'Head of international relations',
    email: 'abena@tamale.example.org',
    phone: '+233 20 000 0000',
    geonameId: TAMALE.geonameId,
    cityName: 'Tamale',
    admin1: TAMALE.admin1,
    focusAreas: ['youth_education', 'business_trade'],
    preferredRegion: 'Midwest',
    preferredCity: 'Dayton',
    message: 'We would love a <b>partner</b> for our schools.\nSecond line.',
    locale: 'fr',
  }),
  signUpRecord(2, '2026-11-18T10:00:00.000Z', { organisation: 'Ho Youth Council', contactName: 'Kofi Agbeko', cityName: 'Hoville', status: 'contacted', notes: 'Called on Monday.' }),
  signUpRecord(3, '2026-11-10T10:00:00.000Z', { organisation: 'Bolga Traders', contactName: 'Ama Atia', cityName: 'Bolgatown', status: 'converted', cityId: null }),
  signUpRecord(4, '2026-11-05T10:00:00.000Z', { organisation: 'Duplicate Desk', contactName: 'Yaw Boateng', cityName: 'Nowhere', status: 'declined' }),
  signUpRecord(5, '2026-11-22T10:00:00.000Z', {
    side: 'us',
    organisation: 'Peoria Sister Cities',
    contactName: 'Jane Doe',
    cityName: 'Peoria',
    country: 'US',
    admin1: 'IL',
    region: 'Midwest',
    preferredRegion: 'Western',
  }),
  signUpRecord(6, '2026-11-21T10:00:00.000Z', { organisation: 'Nakuru Friends', contactName: 'Wanjiru Kamau', cityName: 'Nakuru', country: 'KE', region: 'Eastern' }),
];

/** The team of three and the sign-ups above, nothing else. */
export const withSignUps = () => {
  const data = emptyPipeline();
  data.users.push(
    { id: COORDINATOR, email: 'kwesi.owusu@example.org', fullName: 'Kwesi Owusu', role: 'coordinator', region: 'Western', disabled: false },
    { id: LEADERSHIP, email: 'grace.owens@example.org', fullName: 'Grace Owens', role: 'leadership', region: null, disabled: false },
  );
  return { ...data, inquiries: SIGN_UPS };
};

/** An inquiry as the API shows it now (the fixtures' session: an admin or staff). */
export async function inquiryNow(api: MockApi, id: number): Promise<Inquiry> {
  const { status, json } = await api.call('GET', `/inquiries/${id}`);
  if (status !== 200) throw new Error(`GET /api/inquiries/${id} answered ${status}`);
  return json as Inquiry;
}

const stampTime = (token: string) => Number(token.split('.')[0]);
const startForm = async (api: MockApi) => (await api.call('GET', '/join/start')).json.token as string;

/**
 * A sign-up sent as the public page sends it: the form's stamp, then the sign-up once the stamp
 * is JOIN_LIMITS.minFillMs old. The mock clock moves a second at each reading, so asking for a
 * few more stamps moves it on: no test waits.
 */
export async function joinThroughPublicPage(api: MockApi, body: Record<string, unknown>) {
  const token = await startForm(api);
  let later = await startForm(api);
  while (stampTime(later) - stampTime(token) < JOIN_LIMITS.minFillMs) later = await startForm(api);
  const { status, json } = await api.call('POST', '/join', { consent: true, locale: 'en', focusAreas: [], ...body, token });
  if (status !== 202) throw new Error(`POST /api/join answered ${status}: ${JSON.stringify(json)}`);
}

/** The list's rows once loaded: the organisation named, in the table. */
export const findRow = async (organisation: string) => (await screen.findByText(organisation)).closest('tr')!;
