import { screen } from '@testing-library/dom';
import type { UserEvent } from '@testing-library/user-event';
import { vi } from 'vitest';
import type { JoinLocale } from '../../src/domain/joinLimits';
import type { Place } from '../../src/pages/join/api';
import { renderJoinPage } from '../../src/pages/join/page';

/** The sign-up page in tests: rendered into document.body over a fake API (globalThis.fetch spied on). */
export const PLACES: Place[] = [
  { geonameId: 2306104, name: 'Accra', country: 'GH', admin1: '07', population: 1_963_264 },
  { geonameId: 2294877, name: 'Kumasi', country: 'GH', admin1: '02', population: 1_468_609 },
  { geonameId: 4409896, name: 'Springfield', country: 'US', admin1: 'MO', population: 166_810 },
  { geonameId: 4250542, name: 'Springfield', country: 'US', admin1: 'IL', population: 116_250 },
];

export const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { ...init, headers: { 'Content-Type': 'application/json', ...init.headers } });

export interface FakeApi {
  /** Every request the page made, in order. */
  requests: Array<{ method: string; url: URL; raw: string; body: Record<string, unknown> | null }>;
  /** What POST /api/join answers (a 202 unless set). */
  answer: () => Response | Promise<Response>;
  tokens: number;
}

/** Answers the page's requests in place of the server (globalThis.fetch spied on). */
export function fakeApi(): FakeApi {
  const api: FakeApi = { requests: [], answer: () => json({ received: true }, { status: 202 }), tokens: 0 };
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = new URL(String(input), 'http://localhost/join');
    const method = init?.method ?? 'GET';
    api.requests.push({ method, url, raw: String(input), body: init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : null });
    if (url.pathname === '/api/join/start') return json({ token: `token-${++api.tokens}` });
    if (url.pathname === '/api/join/places') {
      const side = url.searchParams.get('side');
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      return json(PLACES.filter((p) => (side === 'us') === (p.country === 'US') && p.name.toLowerCase().startsWith(q)));
    }
    if (url.pathname === '/api/join' && method === 'POST') return api.answer();
    return json({ message: 'app.error.notFound' }, { status: 404 });
  });
  return api;
}

export const posts = (api: FakeApi) => api.requests.filter((r) => r.method === 'POST');

export async function renderPage(locale: JoinLocale = 'en') {
  document.body.replaceChildren();
  await renderJoinPage(document.body, { locale, searchDelayMs: 0, minFillMs: 0 });
}

/** Picks a city of the gazetteer by keyboard. */
export async function pickCity(user: UserEvent, typed: string, option: RegExp) {
  await user.type(screen.getByRole('combobox', { name: 'City' }), typed);
  await screen.findByRole('option', { name: option });
  const options = screen.getAllByRole('option');
  const index = options.findIndex((element) => option.test(element.textContent ?? ''));
  await user.keyboard('{ArrowDown}'.repeat(index + 1) + '{Enter}');
}

/** The fields a sign-up needs, in English: an African city from the list. */
export async function fillRequired(user: UserEvent, organisation = 'Accra Metropolitan Assembly') {
  await user.click(screen.getByRole('radio', { name: 'In Africa' }));
  await pickCity(user, 'Acc', /^Accra, Ghana/);
  await user.type(screen.getByRole('textbox', { name: 'Organisation' }), organisation);
  await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Ama Owusu');
  await user.type(screen.getByRole('textbox', { name: 'E-mail address' }), 'ama@example.org');
  await user.click(screen.getByRole('checkbox', { name: /I agree/ }));
}
