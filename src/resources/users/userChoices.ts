import { AU_REGIONS, ROLES } from '../../domain';
import { choicesOf } from '../../lib/choices';

export const roleChoices = choicesOf('role', ROLES);
export const regionChoices = choicesOf('region', AU_REGIONS);
