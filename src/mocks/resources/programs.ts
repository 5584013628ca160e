import { programInputSchema, type Program } from '../../domain';
import { parseWith } from '../errors';
import { checkLinks } from './events';
import { regionsOf } from './regions';
import { withNulls, type ResourceRules } from './rules';

export const programRules: ResourceRules<'programs'> = {
  build(store, body) {
    const input = withNulls(programInputSchema.shape, parseWith(programInputSchema, body));
    checkLinks(store, input);
    return { ...input, partnershipIds: [...new Set(input.partnershipIds)], cityIds: [...new Set(input.cityIds)] };
  },
  view: (store, program: Program) => ({ ...program, regions: regionsOf(store, program) }),
};
