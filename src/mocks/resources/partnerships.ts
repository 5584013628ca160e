import {
  checkPartnershipUpdate,
  isOpenStage,
  partnershipInputSchema,
  withDerivedFields,
  type City,
  type PartnershipInput,
  type StageChange,
  type StoredPartnership,
} from '../../domain';
import { pastEventsLatestDay } from '../activity';
import { invalid, parseWith } from '../errors';
import { nowIn, type MockStore } from '../store';
import { withNulls, type ResourceRules } from './rules';

function checkCities(store: MockStore, input: PartnershipInput) {
  const errors: Record<string, string> = {};
  const african = store.tables.cities.get(input.africanCityId);
  const us = store.tables.cities.get(input.usCityId);
  if (!african) errors.africanCityId = 'app.validation.unknownCity';
  else if (african.side !== 'africa') errors.africanCityId = 'app.validation.africanCity';
  if (!us) errors.usCityId = 'app.validation.unknownCity';
  else if (us.side !== 'us') errors.usCityId = 'app.validation.usCity';
  if (Object.keys(errors).length > 0) throw invalid(errors);
}

function checkPairIsFree(store: MockStore, input: PartnershipInput, selfId: number | undefined) {
  if (!isOpenStage(input.stage)) return;
  for (const other of store.tables.partnerships.values()) {
    if (
      other.id !== selfId &&
      isOpenStage(other.stage) &&
      other.africanCityId === input.africanCityId &&
      other.usCityId === input.usCityId
    ) {
      throw invalid({ usCityId: 'app.validation.pairExists' });
    }
  }
}

function stageChange(store: MockStore, input: PartnershipInput): StageChange {
  const user = store.users.find((u) => u.id === store.actingUserId);
  return { stage: input.stage, at: nowIn(store), by: user?.id ?? null, byName: user?.fullName ?? null, note: input.stageNote ?? null };
}

const latest = (...days: Array<string | null | undefined>) =>
  days.filter((d): d is string => !!d).reduce<string | null>((a, b) => (a && a > b ? a : b), null);

export const partnershipRules: ResourceRules<'partnerships'> = {
  build(store, body, before) {
    const input = withNulls(partnershipInputSchema.shape, parseWith(partnershipInputSchema, body));
    checkCities(store, input);
    checkPairIsFree(store, input, before?.id);
    if (before) {
      const refusal = checkPartnershipUpdate(before, input);
      if (refusal) throw invalid(refusal);
    }
    const moved = !before || before.stage !== input.stage;
    const { stageNote: _note, ...fields } = input;
    return {
      ...fields,
      stageHistory: moved ? [...(before?.stageHistory ?? []), stageChange(store, input)] : before.stageHistory,
      // Past events and a change of stage are activity: the date never falls behind them.
      lastActivityAt: latest(
        input.lastActivityAt,
        before ? pastEventsLatestDay(store, before.id) : null,
        before && moved ? store.today() : null,
      ),
    };
  },
  view(store, p: StoredPartnership) {
    const unknown: Pick<City, 'name' | 'country' | 'admin1' | 'region'> = { name: '?', country: '', admin1: null, region: 'Western' };
    const african = store.tables.cities.get(p.africanCityId) ?? unknown;
    const us = store.tables.cities.get(p.usCityId) ?? unknown;
    return withDerivedFields(p, african, us, store.today());
  },
  afterWrite(store, before, after) {
    if (after || !before) return;
    // A deleted partnership leaves the events and programs that listed it.
    for (const [id, event] of store.tables.events) {
      if (event.partnershipIds.includes(before.id)) {
        store.tables.events.set(id, { ...event, partnershipIds: event.partnershipIds.filter((p) => p !== before.id) });
      }
    }
    for (const [id, program] of store.tables.programs) {
      if (program.partnershipIds.includes(before.id)) {
        store.tables.programs.set(id, { ...program, partnershipIds: program.partnershipIds.filter((p) => p !== before.id) });
      }
    }
  },
};
