import type { Migration } from 'kysely';
import * as initial from './2026-11-28T00-00_initial';
import * as linkPositions from './2026-11-29T00-00_link-positions';
import * as progressIndexes from './2026-11-30T00-00_progress-indexes';
import * as authAudit from './2026-12-01T00-00_auth-audit';
import * as progressCounts from './2026-12-02T00-00_progress-counts';
import * as progressJournal from './2026-12-04T00-00_progress-journal';
import * as textKeys from './2026-12-04T00-01_text-keys';
import * as imports from './2026-12-04T19-00_imports';
import * as sameCity from './2026-12-04T19-10_same-city';
import * as savedViews from './2026-12-05T00-00_saved-views';
import * as workLists from './2026-12-05T07-00_work-lists';
import * as forecastMonths from './2026-12-05T11-00_forecast-months';
import * as searchIndexes from './2026-12-05T15-00_search-indexes';
import * as revisionTopics from './2026-12-05T17-00_revision-topics';
import * as listOrderIds from './2026-12-05T19-00_list-order-ids';
import * as userTheme from './2026-12-06T00-00_user-theme';
import * as inquiries from './2026-12-06T08-00_inquiries';

/** Every migration, by name, in order: listed here so the bundled server carries them. */
export const migrations: Record<string, Migration> = {
  '2026-11-28T00-00_initial': initial,
  '2026-11-29T00-00_link-positions': linkPositions,
  '2026-11-30T00-00_progress-indexes': progressIndexes,
  '2026-12-01T00-00_auth-audit': authAudit,
  '2026-12-02T00-00_progress-counts': progressCounts,
  '2026-12-04T00-00_progress-journal': progressJournal,
  '2026-12-04T00-01_text-keys': textKeys,
  '2026-12-04T19-00_imports': imports,
  '2026-12-04T19-10_same-city': sameCity,
  '2026-12-05T00-00_saved-views': savedViews,
  '2026-12-05T07-00_work-lists': workLists,
  '2026-12-05T11-00_forecast-months': forecastMonths,
  '2026-12-05T15-00_search-indexes': searchIndexes,
  '2026-12-05T17-00_revision-topics': revisionTopics,
  '2026-12-05T19-00_list-order-ids': listOrderIds,
  '2026-12-06T00-00_user-theme': userTheme,
  '2026-12-06T08-00_inquiries': inquiries,
};
