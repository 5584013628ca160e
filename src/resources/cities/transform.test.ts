import { describe, expect, it } from 'vitest';
import { transformCity, validateCity } from './transform';

const storedAccra = {
  id: 7,
  version: 3,
  side: 'africa',
  region: 'Western',
  createdAt: '2024-01-02T10:00:00.000Z',
  updatedAt: '2024-05-06T10:00:00.000Z',
  name: 'Accra',
  country: 'GH',
  admin1: '01',
  geonameId: 2306104,
  lat: 5.556,
  lng: -0.1969,
  population: 1963264,
  populationYear: 2023,
  leaderTitle: 'Mayor',
  leaderName: 'Elizabeth Sackey',
  leaderTermEnds: '2028-01-31',
  languages: ['en', 'tw'],
  contactName: '',
  contactEmail: '',
  contactPhone: null,
  website: 'https://ama.gov.gh',
  sciMember: false,
  duesPaidThrough: null,
  notes: '',
};

describe('transformCity', () => {
  it('sends only what a person may write, and the version the edit started from', () => {
    const payload = transformCity(storedAccra);
    expect(payload).not.toHaveProperty('id');
    expect(payload).not.toHaveProperty('side');
    expect(payload).not.toHaveProperty('region');
    expect(payload).not.toHaveProperty('createdAt');
    expect(payload).not.toHaveProperty('updatedAt');
    expect(payload).toMatchObject({ version: 3, name: 'Accra', country: 'GH', geonameId: 2306104, population: 1963264 });
  });

  it('turns blanks into null and trims text', () => {
    const payload = transformCity({ ...storedAccra, name: '  Accra ', leaderName: '   ', contactName: '' });
    expect(payload.name).toBe('Accra');
    expect(payload.leaderName).toBeNull();
    expect(payload.contactName).toBeNull();
    expect(payload.notes).toBeNull();
  });

  it('keeps languages as unique lower-case codes, and an empty list when there are none', () => {
    expect(transformCity({ ...storedAccra, languages: ['EN', 'tw', 'en ', ''] }).languages).toEqual(['en', 'tw']);
    expect(transformCity({ ...storedAccra, languages: undefined }).languages).toEqual([]);
  });

  it('keeps SCI membership and dues for a US city', () => {
    const atlanta = { ...storedAccra, country: 'US', admin1: 'GA', sciMember: true, duesPaidThrough: '2026-06-30' };
    expect(transformCity(atlanta)).toMatchObject({ sciMember: true, duesPaidThrough: '2026-06-30' });
  });

  it('drops membership from a city that is not in the US, whose form hides those inputs', () => {
    const movedToAfrica = { ...storedAccra, sciMember: true, duesPaidThrough: '2026-06-30' };
    expect(transformCity(movedToAfrica)).toMatchObject({ sciMember: false, duesPaidThrough: null });
  });

  it('leaves the version out of a new city', () => {
    const { version: _version, ...fresh } = storedAccra;
    expect(transformCity(fresh)).not.toHaveProperty('version');
  });
});

describe('validateCity', () => {
  it('accepts a stored city as it comes back from the API', () => {
    expect(validateCity(storedAccra)).toEqual({});
  });

  it('does not block an African city on membership inputs it cannot see', () => {
    expect(validateCity({ ...storedAccra, sciMember: true })).toEqual({});
  });

  it('names the field that is wrong, with a translatable message', () => {
    expect(validateCity({ ...storedAccra, contactEmail: 'not-an-email' })).toEqual({ contactEmail: 'app.validation.email' });
    expect(validateCity({ ...storedAccra, country: 'US', admin1: '' })).toEqual({ admin1: 'app.validation.usState' });
  });
});
