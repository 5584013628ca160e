import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkCounts } from '../../domain';
import { expectRefusal } from '../../../tests/setup/expectRefusal';
import { callApi, useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';

// Marcus Ellison, staff, on the demo pipeline.
const api = useMockApi({ signedInAs: 2 });
// App.tsx loads the homes lazily; loading the module once here keeps each test's waits short.
beforeAll(() => import('./Home'));
const LAZY_LOAD = { timeout: 15_000 };

/** The signed-in user's work list counts, as the server gives them to the page's session. */
async function workCounts(): Promise<WorkCounts> {
  const { status, json } = await callApi('GET', '/work');
  expect(status).toBe(200);
  return json;
}

const widget = (name: string) => screen.getByRole('region', { name });

describe('the home of a member of staff', () => {
  it('lands on their work: what they own, what is overdue and due this week, with the server’s counts', async () => {
    const counts = await workCounts();
    expect(counts.mine).toBeGreaterThan(0);
    expect(counts.overdue).toBeGreaterThan(0);
    expect(counts.dueSoon).toBeGreaterThan(0);
    expect(counts.mine).toBe((await api.all('partnerships', { ownerId: 2, open: true })).length);
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'My work' }, LAZY_LOAD)).toBeInTheDocument();
    for (const [name, count] of [
      ['My open partnerships', counts.mine],
      ['Next steps overdue', counts.overdue],
      ['Next steps due this week', counts.dueSoon],
    ] as const) {
      expect(await within(widget(name)).findByRole('link', { name: `See all ${count}` })).toBeInTheDocument();
      expect(within(widget(name)).getAllByRole('link', { name: /↔/ }).length).toBe(Math.min(count, 5));
    }
    const lists = widget('Work lists');
    expect(await within(lists).findByRole('link', { name: `Next steps overdue ${counts.overdue}` })).toBeInTheDocument();
    expect(within(lists).getByRole('link', { name: `My open partnerships ${counts.mine}` })).toBeInTheDocument();
  });

  it('lists the overdue next steps soonest first, each opening its partnership', async () => {
    const [first] = await api.all('partnerships', { due: 'overdue' }).then((all) =>
      all.sort((a, b) => a.nextStepDue.localeCompare(b.nextStepDue) || a.id - b.id),
    );
    renderApp('/');

    const overdue = await screen.findByRole('region', { name: 'Next steps overdue' }, LAZY_LOAD);
    const rows = await within(overdue).findAllByRole('link', { name: /↔/ });
    expect(rows[0]).toHaveTextContent(`${first.africanCityName} ↔ ${first.usCityName}`);
    // Marked by the browser's today, which is never before the mock API's.
    expect(within(rows[0]!).getByRole('img', { name: 'Overdue' })).toBeInTheDocument();

    await userEvent.click(rows[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: `${first.africanCityName} ↔ ${first.usCityName}` })).toBeInTheDocument();
  });

  it('keeps the other widgets when one fails, and that one tries again on request', async () => {
    // react-admin logs the failed call for developers: expected here, and checked.
    const counts = await workCounts();
    expectRefusal(500);
    api.server.use(http.get('*/api/work', () => HttpResponse.json({ message: 'database down' }, { status: 500 }), { once: true }));
    renderApp('/');

    const lists = await screen.findByRole('region', { name: 'Work lists' }, LAZY_LOAD);
    const alert = await within(lists).findByRole('alert');
    expect(alert).toHaveTextContent('The work lists could not be loaded');
    expect(alert).not.toHaveTextContent('database down');
    expect(await within(widget('Next steps overdue')).findByRole('link', { name: `See all ${counts.overdue}` })).toBeInTheDocument();
    expect(within(widget('My open partnerships')).queryByRole('alert')).not.toBeInTheDocument();
    // The lists still open without their counts.
    expect(within(lists).getByRole('link', { name: 'Next steps overdue' })).toBeInTheDocument();

    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(lists).findByRole('link', { name: `Next steps overdue ${counts.overdue}` })).toBeInTheDocument();
    await waitFor(() => expect(within(lists).queryByRole('alert')).not.toBeInTheDocument());
  });
});
