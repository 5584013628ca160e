import type { AuditRow, City, Partnership, Program, SciEvent, User } from '../../../src/domain';
import { cityLabel, namesOf, partnershipPair } from '../../../src/lib/linkLabels';
import { countryName, enumLabel, enumLabels, isoDay, isoInstant, languageNames, yesNo, type Column } from './format';

/*
 * What each list's export shows, column by column: titles and values in the user's language,
 * linked records by name, days as YYYY-MM-DD. The order follows the list, then the details.
 */

const id = <R extends { id: number }>(): Column<R> => ({ field: 'id', cell: (r) => r.id });
const notes = <R extends { notes?: string | null }>(): Column<R> => ({ field: 'notes', cell: (r) => r.notes });

export const cityColumns: Column<City>[] = [
  id(),
  { field: 'name', cell: (c) => c.name },
  { field: 'country', cell: (c, { locale }) => countryName(locale, c.country) },
  { field: 'admin1', cell: (c) => c.admin1 },
  { field: 'side', cell: (c, { t }) => enumLabel(t, 'side', c.side) },
  { field: 'region', cell: (c, { t }) => enumLabel(t, 'region', c.region) },
  { field: 'population', cell: (c) => c.population },
  { field: 'populationYear', cell: (c) => c.populationYear },
  { field: 'geonameId', cell: (c) => c.geonameId },
  { field: 'lat', cell: (c) => c.lat },
  { field: 'lng', cell: (c) => c.lng },
  { field: 'leaderTitle', cell: (c) => c.leaderTitle },
  { field: 'leaderName', cell: (c) => c.leaderName },
  { field: 'leaderTermEnds', cell: (c) => isoDay(c.leaderTermEnds) },
  { field: 'languages', cell: (c, { locale }) => languageNames(locale, c.languages) },
  { field: 'contactName', cell: (c) => c.contactName },
  { field: 'contactEmail', cell: (c) => c.contactEmail },
  { field: 'contactPhone', cell: (c) => c.contactPhone },
  { field: 'website', cell: (c) => c.website },
  { field: 'sciMember', cell: (c, { t }) => yesNo(t, c.sciMember) },
  { field: 'duesPaidThrough', cell: (c) => isoDay(c.duesPaidThrough) },
  notes(),
];

export const partnershipColumns: Column<Partnership>[] = [
  id(),
  { field: 'africanCityName', cell: (p) => p.africanCityName },
  { field: 'country', cell: (p, { locale }) => countryName(locale, p.country) },
  { field: 'usCityName', cell: (p) => p.usCityName },
  { field: 'usState', cell: (p) => p.usState },
  { field: 'region', cell: (p, { t }) => enumLabel(t, 'region', p.region) },
  { field: 'stage', cell: (p, { t }) => enumLabel(t, 'stage', p.stage) },
  { field: 'stalled', cell: (p, { t }) => yesNo(t, p.stalled) },
  { field: 'kind', cell: (p, { t }) => enumLabel(t, 'kind', p.kind) },
  { field: 'cohort', cell: (p, { t }) => enumLabel(t, 'cohort', p.cohort) },
  { field: 'focusAreas', cell: (p, { t }) => enumLabels(t, 'focusArea', p.focusAreas) },
  { field: 'ownerId', cell: (p, { linked }) => (p.ownerId ? linked.users[p.ownerId] : null) },
  { field: 'firstContactAt', cell: (p) => isoDay(p.firstContactAt) },
  { field: 'signedAt', cell: (p) => isoDay(p.signedAt) },
  { field: 'sciRecognizedAt', cell: (p) => isoDay(p.sciRecognizedAt) },
  { field: 'lastActivityAt', cell: (p) => isoDay(p.lastActivityAt) },
  { field: 'nextStep', cell: (p) => p.nextStep },
  { field: 'nextStepDue', cell: (p) => isoDay(p.nextStepDue) },
  { field: 'closedReason', cell: (p) => p.closedReason },
  notes(),
];

export const eventColumns: Column<SciEvent>[] = [
  id(),
  { field: 'title', cell: (e) => e.title },
  { field: 'type', cell: (e, { t }) => enumLabel(t, 'eventType', e.type) },
  { field: 'startsAt', cell: (e) => isoInstant(e.startsAt) },
  { field: 'endsAt', cell: (e) => isoInstant(e.endsAt) },
  {
    field: 'location',
    cell: (e, { t, linked }) => (e.virtual ? t('resources.events.virtual') : e.cityId ? cityLabel(linked.cities[e.cityId]) : null),
  },
  { field: 'partnershipIds', cell: (e, { linked }) => namesOf(e.partnershipIds, linked.partnerships, partnershipPair) },
  { field: 'focusArea', cell: (e, { t }) => enumLabel(t, 'focusArea', e.focusArea) },
  { field: 'adults', cell: (e) => e.adults },
  { field: 'youth', cell: (e) => e.youth },
  { field: 'outcome', cell: (e) => e.outcome },
  notes(),
];

export const programColumns: Column<Program>[] = [
  id(),
  { field: 'title', cell: (p) => p.title },
  { field: 'kind', cell: (p, { t }) => enumLabel(t, 'programKind', p.kind) },
  { field: 'cycleYear', cell: (p) => p.cycleYear },
  { field: 'status', cell: (p, { t }) => enumLabel(t, 'programStatus', p.status) },
  { field: 'deadline', cell: (p) => isoDay(p.deadline) },
  { field: 'partnershipIds', cell: (p, { linked }) => namesOf(p.partnershipIds, linked.partnerships, partnershipPair) },
  { field: 'cityIds', cell: (p, { linked }) => namesOf(p.cityIds, linked.cities, cityLabel) },
  { field: 'focusArea', cell: (p, { t }) => enumLabel(t, 'focusArea', p.focusArea) },
  { field: 'adults', cell: (p) => p.adults },
  { field: 'youth', cell: (p) => p.youth },
  notes(),
];

export const userColumns: Column<User>[] = [
  id(),
  { field: 'fullName', cell: (u) => u.fullName },
  { field: 'email', cell: (u) => u.email },
  { field: 'role', cell: (u, { t }) => enumLabel(t, 'role', u.role) },
  { field: 'region', cell: (u, { t }) => enumLabel(t, 'region', u.region) },
  { field: 'disabled', cell: (u, { t }) => yesNo(t, u.disabled) },
];

/** A resource's name in the singular ("City |||| Cities" → "City"). */
const singular = (label: string) => label.split('||||')[0]!.trim();

export const auditColumns: Column<AuditRow>[] = [
  { field: 'at', cell: (a) => isoInstant(a.at) },
  { field: 'userName', cell: (a) => a.userName },
  { field: 'action', cell: (a, { t }) => enumLabel(t, 'audit.action', a.action) },
  { field: 'resource', cell: (a, { t }) => singular(t(`resources.${a.resource}.name`)) },
  { field: 'recordId', cell: (a) => a.recordId },
];
