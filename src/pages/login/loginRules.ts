import { loginSchema } from '../../domain';
import { validateWith } from '../../lib/validate';

/** The sign-in form checks what the API checks (the domain's schema). */
export const validateLogin = validateWith(loginSchema);
