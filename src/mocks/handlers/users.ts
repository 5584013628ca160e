import { http, HttpResponse } from 'msw';
import { mustBeAllowed } from '../auth';
import { listQueryOf } from './records';
import type { MockStore } from '../store';
import { createUser, deleteUser, getUser, listUsers, updateUser, USER_LIST } from '../users';
import { listResponse, parseId, readJson, signedIn, versionFromIfMatch } from './respond';

/**
 * /api/users: the team directory for every signed-in user (owners are picked from it), user
 * admin for admins. Passwords go in, never out.
 */
export function userHandlers(getStore: () => MockStore) {
  return [
    http.get('*/api/users', ({ request }) =>
      signedIn(getStore, (store) => {
        mustBeAllowed(store, 'list', 'users');
        return listResponse('users', listUsers(store, listQueryOf(USER_LIST, new URL(request.url).searchParams)));
      }),
    ),
    http.get('*/api/users/:id', ({ params }) =>
      signedIn(getStore, (store) => {
        mustBeAllowed(store, 'read', 'users');
        return HttpResponse.json(getUser(store, parseId(params.id)));
      }),
    ),
    http.post('*/api/users', ({ request }) =>
      signedIn(getStore, async (store) => {
        mustBeAllowed(store, 'create', 'users');
        return HttpResponse.json(createUser(store, await readJson(request)), { status: 201 });
      }),
    ),
    http.put('*/api/users/:id', ({ request, params }) =>
      signedIn(getStore, async (store) => {
        mustBeAllowed(store, 'update', 'users');
        return HttpResponse.json(updateUser(store, parseId(params.id), await readJson(request)));
      }),
    ),
    http.delete('*/api/users/:id', ({ request, params }) =>
      signedIn(getStore, (store) => HttpResponse.json(deleteUser(store, parseId(params.id), versionFromIfMatch(request)))),
    ),
  ];
}
