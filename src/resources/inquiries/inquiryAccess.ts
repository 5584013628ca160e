import { inquiryRegions, type Inquiry } from '../../domain';

/**
 * An inquiry as the UI's canAccess should see it. The shared rule reads a record's AU regions
 * from `regions` (else its `region`); an inquiry concerns its city's region and, for a US city,
 * the partner region it asked for: the facts the server asks the rule about (regionFacts).
 * Without them a coordinator would be offered less than the server allows them.
 */
export const withAccessFacts = (inquiry: Inquiry): Inquiry & { regions: string[] } => ({ ...inquiry, regions: inquiryRegions(inquiry) });

/** The show and edit pages' queryOptions: the record in context carries its access facts. */
export const inquiryQueryOptions = { select: withAccessFacts };
