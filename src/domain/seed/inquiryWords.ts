import type { JoinLocale } from '../joinLimits';
import type { Side } from '../regions';

/**
 * What the demo's sign-ups say: organisations, roles, messages in the page's four languages,
 * and the notes staff leave. Generic on purpose, so that no real body is described.
 */
export const ORGANISATIONS: Record<Side | 'fr' | 'pt', ReadonlyArray<(city: string) => string>> = {
  africa: [
    (city) => `${city} Youth Development Association`,
    (city) => `${city} Women in Business Network`,
    (city) => `Friends of ${city}`,
    (city) => `${city} Arts Collective`,
    (city) => `${city} Municipal Council`,
  ],
  fr: [
    (city) => `Association des jeunes de ${city}`,
    (city) => `Mairie de ${city}`,
    (city) => `Collectif culturel de ${city}`,
  ],
  pt: [
    (city) => `Associação Juvenil de ${city}`,
    (city) => `Conselho Municipal de ${city}`,
  ],
  us: [
    (city) => `${city} Sister Cities Committee`,
    (city) => `${city} African Diaspora Alliance`,
    (city) => `${city} Community College`,
    (city) => `${city} Rotary Friends Abroad`,
  ],
};

export const ROLES: Record<Side, readonly string[]> = {
  africa: ['Programme coordinator', 'Chair', 'Secretary general', 'Deputy mayor', 'Executive director'],
  us: ['Chair', 'Board member', 'International relations officer', 'Executive director'],
};

export const MESSAGES: Record<JoinLocale | 'us', readonly string[]> = {
  en: [
    'We are a youth organisation looking for a US partner city for student exchanges.',
    'Our council voted last year to seek a sister city in the United States. How do we start?',
    'We met Sister Cities International at a conference and would like to know more.',
  ],
  fr: [
    'Notre commune souhaite établir un jumelage avec une ville américaine, surtout pour la jeunesse.',
    'Nous sommes une association culturelle et cherchons des partenaires aux États-Unis.',
  ],
  pt: [
    'O nosso município gostaria de iniciar uma geminação com uma cidade dos Estados Unidos.',
    'Somos uma associação de jovens e procuramos parceiros para intercâmbios.',
  ],
  ar: [
    'نرغب في إقامة شراكة مع مدينة أمريكية في مجالي التعليم والشباب.',
    'نحن جمعية ثقافية ونبحث عن مدينة شقيقة في الولايات المتحدة.',
  ],
  us: [
    'Our committee already has a partner in Europe and would like a first African partner.',
    'We have a large diaspora community and would love a partnership focused on trade.',
    'Our high school wants to start a pen-pal programme with an African city.',
  ],
};

export const NOTES: Record<'contacted' | 'declined' | 'converted', readonly string[]> = {
  contacted: [
    'Called the chair; they will send the council’s letter of intent.',
    'Sent the partnership guide and the dues schedule.',
    'Video call booked with the mayor’s office.',
    'Waiting for an answer to our e-mail of last week.',
  ],
  declined: [
    'Not a municipality: a private school. Pointed them to the youth programmes.',
    'Already in talks through an existing partnership.',
    'Asked us to come back after the municipal elections.',
    'No answer after three e-mails.',
  ],
  converted: ['Converted after a first call.', 'Both committees keen: opened the prospect the same day.'],
};

/**
 * Towns a visitor typed, which are not in the gazetteer extract (cities of 50,000 and more):
 * [name, country, state], at least one per AU region.
 */
export const TYPED_TOWNS: Record<Side, ReadonlyArray<readonly [string, string, string | null]>> = {
  africa: [
    ['Chefchaouen', 'MA', null],
    ['Tozeur', 'TN', null],
    ['Aburi', 'GH', null],
    ['Podor', 'SN', null],
    ['Kpalimé', 'TG', null],
    ['Foumban', 'CM', null],
    ['Kribi', 'CM', null],
    ['Lamu', 'KE', null],
    ['Bagamoyo', 'TZ', null],
    ['Fort Portal', 'UG', null],
    ['Graaff-Reinet', 'ZA', null],
    ['Ilha de Moçambique', 'MZ', null],
    ['Swakopmund', 'NA', null],
  ],
  us: [
    ['Yellow Springs', 'US', 'OH'],
    ['Northfield', 'US', 'MN'],
    ['Decorah', 'US', 'IA'],
    ['Brattleboro', 'US', 'VT'],
    ['Tuskegee', 'US', 'AL'],
    ['Sitka', 'US', 'AK'],
  ],
};
