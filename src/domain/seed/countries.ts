/**
 * What the seed knows about each AU member state to make a city's record plausible:
 * the languages its city halls work in (ISO 639-1, most used first), the naming tradition
 * of the fictional people it invents, and the country calling code of the fictional phones.
 */
export type NameGroup = 'francophone' | 'arabic' | 'lusophone' | 'anglophone' | 'us';

interface CountryFacts {
  languages: string[];
  names: NameGroup;
  callingCode: string;
}

const fact = (callingCode: string, names: NameGroup, ...languages: string[]): CountryFacts => ({
  languages,
  names,
  callingCode,
});

const COUNTRY_FACTS: Record<string, CountryFacts> = {
  // Northern
  DZ: fact('213', 'arabic', 'ar', 'fr'),
  EG: fact('20', 'arabic', 'ar', 'en'),
  LY: fact('218', 'arabic', 'ar'),
  MA: fact('212', 'arabic', 'ar', 'fr'),
  MR: fact('222', 'arabic', 'ar', 'fr'),
  TN: fact('216', 'arabic', 'ar', 'fr'),
  EH: fact('212', 'arabic', 'ar', 'es'),
  // Western
  BJ: fact('229', 'francophone', 'fr'),
  BF: fact('226', 'francophone', 'fr'),
  CV: fact('238', 'lusophone', 'pt'),
  CI: fact('225', 'francophone', 'fr'),
  GM: fact('220', 'anglophone', 'en'),
  GH: fact('233', 'anglophone', 'en', 'tw'),
  GN: fact('224', 'francophone', 'fr'),
  GW: fact('245', 'lusophone', 'pt'),
  LR: fact('231', 'anglophone', 'en'),
  ML: fact('223', 'francophone', 'fr', 'bm'),
  NE: fact('227', 'francophone', 'fr', 'ha'),
  NG: fact('234', 'anglophone', 'en', 'ha', 'yo', 'ig'),
  SN: fact('221', 'francophone', 'fr', 'wo'),
  SL: fact('232', 'anglophone', 'en'),
  TG: fact('228', 'francophone', 'fr', 'ee'),
  // Central
  BI: fact('257', 'francophone', 'rn', 'fr'),
  CM: fact('237', 'francophone', 'fr', 'en'),
  CF: fact('236', 'francophone', 'fr', 'sg'),
  TD: fact('235', 'francophone', 'fr', 'ar'),
  CG: fact('242', 'francophone', 'fr', 'ln'),
  CD: fact('243', 'francophone', 'fr', 'ln', 'sw'),
  GQ: fact('240', 'francophone', 'es', 'fr'),
  GA: fact('241', 'francophone', 'fr'),
  ST: fact('239', 'lusophone', 'pt'),
  // Eastern
  KM: fact('269', 'francophone', 'fr', 'ar'),
  DJ: fact('253', 'francophone', 'fr', 'ar'),
  ER: fact('291', 'anglophone', 'ti', 'ar', 'en'),
  ET: fact('251', 'anglophone', 'am', 'om', 'en'),
  KE: fact('254', 'anglophone', 'en', 'sw'),
  MG: fact('261', 'francophone', 'mg', 'fr'),
  MU: fact('230', 'anglophone', 'en', 'fr'),
  RW: fact('250', 'anglophone', 'rw', 'en', 'fr'),
  SC: fact('248', 'anglophone', 'en', 'fr'),
  SO: fact('252', 'arabic', 'so', 'ar'),
  SS: fact('211', 'anglophone', 'en'),
  SD: fact('249', 'arabic', 'ar', 'en'),
  TZ: fact('255', 'anglophone', 'sw', 'en'),
  UG: fact('256', 'anglophone', 'en', 'sw'),
  // Southern
  AO: fact('244', 'lusophone', 'pt'),
  BW: fact('267', 'anglophone', 'en', 'tn'),
  SZ: fact('268', 'anglophone', 'en', 'ss'),
  LS: fact('266', 'anglophone', 'en', 'st'),
  MW: fact('265', 'anglophone', 'en', 'ny'),
  MZ: fact('258', 'lusophone', 'pt'),
  NA: fact('264', 'anglophone', 'en'),
  ZA: fact('27', 'anglophone', 'en', 'zu', 'xh', 'af'),
  ZM: fact('260', 'anglophone', 'en'),
  ZW: fact('263', 'anglophone', 'en', 'sn'),
  US: fact('1', 'us', 'en', 'es'),
};

export function countryFacts(country: string): CountryFacts {
  const facts = COUNTRY_FACTS[country];
  if (!facts) throw new Error(`the seed knows nothing of country ${country}`);
  return facts;
}
