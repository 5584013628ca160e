import { http, HttpResponse } from 'msw';
import { loginSchema, passwordSchema } from '../../domain';
import { passwordOf, requireActor, sessionUserOf, setSession, signIn } from '../auth';
import { invalid, parseWith } from '../errors';
import { asObject } from '../records';
import type { MockStore } from '../store';
import { changeOwnPassword } from '../users';
import { answer, readJson, signedIn } from './respond';

const noContent = () => new HttpResponse(null, { status: 204 });

/**
 * Sign-in (decision 011), without the server's cookie and throttling: the store holds the
 * one session of the mock, which the browser keeps in sessionStorage.
 */
export function authHandlers(getStore: () => MockStore) {
  return [
    http.post('*/api/auth/login', ({ request }) =>
      answer(async () => {
        const { email, password } = parseWith(loginSchema, asObject(await readJson(request)));
        return HttpResponse.json(sessionUserOf(signIn(getStore(), email, password)));
      }),
    ),
    http.post('*/api/auth/logout', () => {
      setSession(getStore(), null);
      return noContent();
    }),
    http.get('*/api/auth/me', () => answer(() => HttpResponse.json(sessionUserOf(requireActor(getStore()))))),
    http.post('*/api/auth/password', ({ request }) =>
      signedIn(getStore, async (store, user) => {
        const body = asObject(await readJson(request));
        const errors: Record<string, string> = {};
        if (typeof body.currentPassword !== 'string' || body.currentPassword === '') errors.currentPassword = 'app.validation.required';
        else if (body.currentPassword !== passwordOf(store, user.id)) errors.currentPassword = 'app.auth.wrongPassword';
        const password = passwordSchema.safeParse(body.password);
        if (!password.success) errors.password = password.error.issues[0]!.message;
        if (!password.success || Object.keys(errors).length > 0) throw invalid(errors);
        changeOwnPassword(store, user, password.data);
        return noContent();
      }),
    ),
  ];
}
