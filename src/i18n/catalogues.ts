import englishMessages from 'ra-language-english';
import frenchMessages from 'ra-language-french';
import { mergeTranslations, type TranslationMessages } from 'react-admin';
import { appEn } from './app.en';
import { appFr } from './app.fr';
import { messages as cities } from '../resources/cities/messages';
import { messages as partnerships } from '../resources/partnerships/messages';
import { messages as events } from '../resources/events/messages';
import { messages as programs } from '../resources/programs/messages';
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

export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'fr', name: 'Français' },
] as const;
export type Locale = (typeof LOCALES)[number]['locale'];

const parts = [cities, partnerships, events, programs, dashboard, users, audit, access, history, validation, exportMessages, imports, storableText, work, home, savedViews, responsive, bulkActions, board, map, boardReport, goalSettings, forecast, funnel];

/** Every string the UI shows, per locale: react-admin's own, then ours. */
export const catalogues: Record<Locale, TranslationMessages> = {
  en: mergeTranslations(englishMessages, appEn, ...parts.map((part) => part.en)),
  fr: mergeTranslations(frenchMessages, appFr, ...parts.map((part) => part.fr)),
};
