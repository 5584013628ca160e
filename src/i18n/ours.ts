import { appEn } from './app.en';
import { messages as cities } from '../resources/cities/messages';
import { messages as partnerships } from '../resources/partnerships/messages';
import { messages as events } from '../resources/events/messages';
import { messages as programs } from '../resources/programs/messages';
import { messages as inquiries } from '../resources/inquiries/messages';
import { messages as dashboard } from '../pages/dashboard/messages';
import { messages as forecast } from '../pages/dashboard/forecast/messages';
import { messages as funnel } from '../pages/dashboard/funnel/messages';
import { messages as users } from '../resources/users/messages';
import { messages as audit } from '../resources/audit/messages';
import { messages as access } from './access';
import { messages as history } from '../components/history/messages';
import { messages as validation } from '../lib/validationMessages';
import { messages as exportMessages } from '../components/export/messages';
import { messages as imports } from '../pages/import/messages';
import { messages as storableText } from '../lib/storableTextMessages';
import { messages as bulkActions } from '../resources/partnerships/bulk/messages';
import { messages as responsive } from '../components/responsive/messages';
import { messages as savedViews } from '../components/savedViews/messages';
import { messages as work } from '../pages/work/messages';
import { messages as home } from '../pages/home/messages';
import { messages as board } from '../pages/board/messages';
import { messages as map } from '../pages/map/messages';
import { messages as boardReport } from '../pages/dashboard/report/messages';
import { messages as goalSettings } from '../pages/settings/messages';
import { messages as matches } from '../components/matches/messages';

/*
 * Our own strings, in English, from the features that show them. English is the source: the
 * other languages translate the whole tree in one file each (src/i18n/locales), which the
 * app loads only when someone reads it, and which the compiler holds to these keys.
 */
const parts = [
  { en: appEn },
  cities, partnerships, events, programs, inquiries, dashboard, users, audit, access, history, validation, exportMessages, imports,
  storableText, work, home, savedViews, responsive, bulkActions, board, map, boardReport, goalSettings, forecast, funnel,
  matches,
] as const;

type Intersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;
/** The shape of a catalogue: the keys of T, every leaf a string. */
export type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
/** Every key of our strings, as the features declare them. */
export type OurCatalogue = Catalogue<Intersection<(typeof parts)[number]['en']>>;

export type Tree = { [key: string]: string | Tree };
/** A deep merge of plain string trees (the server reads these without react-admin). */
export function mergeTrees(target: Tree, source: object): Tree {
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'string') target[key] = value;
    else target[key] = mergeTrees(typeof target[key] === 'object' ? target[key] : {}, value as object);
  }
  return target;
}

export const ourEnglish = parts.reduce<Tree>((tree, part) => mergeTrees(tree, part.en), {}) as unknown as OurCatalogue;
