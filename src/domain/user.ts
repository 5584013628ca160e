import { z } from 'zod';
import { AU_REGIONS, type AuRegion } from './regions';
import { requiredOr } from './common';

export const ROLES = ['admin', 'staff', 'coordinator', 'leadership'] as const;
export type Role = (typeof ROLES)[number];

/** OWASP's Authentication Cheat Sheet: at least 12 characters when there is no second factor. */
export const MIN_PASSWORD_LENGTH = 12;
/** Long passphrases are welcome; a bound keeps hashing cost and request size sane. */
export const MAX_PASSWORD_LENGTH = 256;

/** A person who works in the app. Passwords never travel with it. */
export interface User {
  id: number;
  email: string;
  fullName: string;
  role: Role;
  /** Coordinators only: the AU region they look after. */
  region: AuRegion | null;
  disabled: boolean;
}

/** Who makes a request: what the permission rules need to know of a signed-in user. */
export type Actor = Pick<User, 'id' | 'fullName' | 'role' | 'region'>;

export const passwordSchema = z
  .string({ error: requiredOr('app.validation.text') })
  .min(MIN_PASSWORD_LENGTH, 'app.validation.passwordTooShort')
  .max(MAX_PASSWORD_LENGTH, 'app.validation.tooLong');

const emailSchema = z
  .string({ error: requiredOr('app.validation.text') })
  .trim()
  .toLowerCase()
  .max(254, 'app.validation.tooLong')
  .pipe(z.email('app.validation.email'));

/**
 * What an admin may write about a user. A coordinator has exactly one AU region; nobody else
 * has one. The password is required on create and optional on change (blank keeps it).
 */
const userFields = {
  email: emailSchema,
  fullName: z.string({ error: requiredOr('app.validation.text') }).trim().min(1, 'app.validation.required').max(200, 'app.validation.tooLong'),
  role: z.enum(ROLES, { error: 'app.validation.choice' }),
  region: z.preprocess((v) => (v === '' ? null : v), z.enum(AU_REGIONS, { error: 'app.validation.choice' }).nullable().optional()),
  disabled: z.boolean({ error: 'app.validation.choice' }).default(false),
};

const regionFitsRole = (user: { role: Role; region?: AuRegion | null }, ctx: z.RefinementCtx) => {
  if (user.role === 'coordinator' && !user.region) ctx.addIssue({ code: 'custom', path: ['region'], message: 'app.validation.coordinatorRegion' });
  if (user.role !== 'coordinator' && user.region) ctx.addIssue({ code: 'custom', path: ['region'], message: 'app.validation.regionCoordinatorOnly' });
};

export const userCreateSchema = z.object({ ...userFields, password: passwordSchema }).superRefine(regionFitsRole);
export const userUpdateSchema = z
  .object({ ...userFields, password: z.preprocess((v) => (v === '' || v === null ? undefined : v), passwordSchema.optional()) })
  .superRefine(regionFitsRole);

export type UserCreateInput = z.output<typeof userCreateSchema>;
export type UserUpdateInput = z.output<typeof userUpdateSchema>;

/** The look a user chose (decision 036); null follows the device's light or dark setting. */
export const THEMES = ['light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];

/** What every signed-in user sets for themselves, whatever their role (PUT /api/auth/preferences). */
export const preferencesSchema = z.object({
  theme: z.enum(THEMES, { error: requiredOr('app.validation.theme') }).nullable(),
});
export type Preferences = z.output<typeof preferencesSchema>;

export const loginSchema = z.object({
  email: z.string({ error: requiredOr('app.validation.text') }).trim().toLowerCase().min(1, 'app.validation.required').max(254, 'app.validation.tooLong'),
  password: z.string({ error: requiredOr('app.validation.text') }).min(1, 'app.validation.required').max(MAX_PASSWORD_LENGTH, 'app.validation.tooLong'),
});
