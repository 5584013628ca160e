import { act, screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { afterEach } from 'vitest';
import type { MockApi } from '../../../tests/setup/mockApi';
import { emptyPipeline } from '../../../tests/setup/testRecords';

/** Beside the member of staff (1): the coordinator of Southern Africa, where Zambia lies, and a member of leadership. */
export const COORDINATOR = 2;
export const LEADERSHIP = 3;
export const withTeam = () => {
  const data = emptyPipeline();
  data.users.push(
    { id: COORDINATOR, email: 'tendai.moyo@example.org', fullName: 'Tendai Moyo', role: 'coordinator', region: 'Southern', disabled: false },
    { id: LEADERSHIP, email: 'grace.owens@example.org', fullName: 'Grace Owens', role: 'leadership', region: null, disabled: false },
  );
  return data;
};

/** The pair the test records of testRecords.ts join unless named otherwise. */
export const PAIR = 'Kalimbeza ↔ Marlow Springs';

/** The paths of the PUT requests the page sends from now on, in order. */
export function watchPuts(api: MockApi): string[] {
  const puts: string[] = [];
  api.server.events.on('request:start', ({ request }) => {
    if (request.method === 'PUT') puts.push(new URL(request.url).pathname);
  });
  return puts;
}

/** Stops watching the requests after each test. */
export const forgetWatchers = (api: MockApi) => afterEach(() => api.server.events.removeAllListeners());

/**
 * A stage's column, found by its heading (the stage and the server's total). By text, then up
 * to its section: asking every element of a full board for its role takes long.
 */
export async function column(stage: string): Promise<HTMLElement> {
  const heading = await screen.findByText(new RegExp(`^${stage}: `), { selector: 'h2' });
  return heading.closest('section')!;
}

export async function cardIn(stage: string, pair = PAIR) {
  return within(await column(stage)).findByRole('article', { name: pair });
}

type User = ReturnType<typeof userEvent.setup>;

/** Moves a card with the keyboard alone: focus its "Move…" button, open the menu, arrow to the stage, Enter. */
export async function moveByKeyboard(user: User, stage: string, pair = PAIR) {
  const button = await screen.findByRole('button', { name: `Move ${pair} to another stage` });
  act(() => button.focus());
  await user.keyboard('{Enter}');
  await screen.findByRole('menu');
  for (let step = 0; step < 10 && document.activeElement?.textContent !== stage; step++) await user.keyboard('{ArrowDown}');
  await user.keyboard('{Enter}');
}

/** Moves a card with the mouse, by its "Move…" menu. */
export async function moveByMenu(user: User, stage: string, pair = PAIR) {
  await user.click(await screen.findByRole('button', { name: `Move ${pair} to another stage` }));
  await user.click(await screen.findByRole('menuitem', { name: stage }));
}
