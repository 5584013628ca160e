/** SCI's four exchange areas. Apart from the schemas so the public sign-up page can list them without zod. */
export const FOCUS_AREAS = ['arts_culture', 'business_trade', 'community_development', 'youth_education'] as const;
export type FocusArea = (typeof FOCUS_AREAS)[number];
