import type { NameGroup } from './countries';
import type { Random } from './random';

/** Name pools for invented people. Combined at random, so no real person is described. */
const NAMES: Record<NameGroup, { first: readonly string[]; last: readonly string[] }> = {
  francophone: {
    first: ['Aminata', 'Moussa', 'Fatou', 'Jean-Baptiste', 'Awa', 'Ibrahima', 'Mariam', 'Serge', 'Clarisse', 'Didier', 'Rokia', 'Armand'],
    last: ['Diallo', 'Traoré', 'Koné', 'Ndiaye', 'Mbemba', 'Ouédraogo', 'Kaboré', 'Sow', 'Tshibanda', 'Nzeyimana', 'Agbodjan', 'Rakoto'],
  },
  arabic: {
    first: ['Karim', 'Leila', 'Youssef', 'Nadia', 'Omar', 'Samira', 'Hassan', 'Amina', 'Tarek', 'Salma', 'Mehdi', 'Rania'],
    last: ['Benali', 'El Amrani', 'Haddad', 'Mansour', 'Bouzid', 'Saidi', 'Farouk', 'Chraibi', 'Toumi', 'Abdelrahman', 'Gharbi', 'Idrissi'],
  },
  lusophone: {
    first: ['João', 'Maria', 'Domingos', 'Esperança', 'Armando', 'Luísa', 'Celso', 'Graça', 'Paulo', 'Filomena'],
    last: ['dos Santos', 'Mondlane', 'Tavares', 'Cabral', 'Machava', 'Lopes', 'Neto', 'Fernandes', 'Cossa', 'Mendes'],
  },
  anglophone: {
    first: ['Kwame', 'Ngozi', 'Thabo', 'Wanjiru', 'Chinedu', 'Abena', 'Tendai', 'Amani', 'Lindiwe', 'Kofi', 'Zainab', 'Musa'],
    last: ['Mensah', 'Okonkwo', 'Nkosi', 'Kamau', 'Banda', 'Mwangi', 'Adeyemi', 'Moyo', 'Achieng', 'Osei', 'Dlamini', 'Tembo'],
  },
  us: {
    first: ['Jennifer', 'Michael', 'Keisha', 'David', 'Maria', 'James', 'Linda', 'Carlos', 'Angela', 'Robert', 'Tanya', 'Steven'],
    last: ['Johnson', 'Martinez', 'Williams', 'Nguyen', 'Brooks', 'Patel', 'Anderson', 'Washington', 'Garcia', 'Sullivan', 'Reed', 'Coleman'],
  },
};

export function inventPerson(random: Random, group: NameGroup): { first: string; last: string; fullName: string } {
  const first = random.pick(NAMES[group].first);
  const last = random.pick(NAMES[group].last);
  return { first, last, fullName: `${first} ${last}` };
}

/** The usual title of a city's elected or appointed head, by country. */
export function leaderTitleOf(country: string, group: NameGroup): string {
  if (country === 'ZA') return 'Executive Mayor';
  if (country === 'GH') return 'Municipal Chief Executive';
  if (group === 'francophone') return 'Maire';
  if (group === 'lusophone') return 'Presidente do Conselho Municipal';
  return 'Mayor';
}

/** A lower-case ASCII label for fictional web and mail addresses. */
export function slugOf(...parts: string[]): string {
  return parts
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
