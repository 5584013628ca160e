import { render, screen } from '@testing-library/react';
import { AdminContext, RecordContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { addDays, toIsoDate } from '../domain';
import { createI18nProvider } from '../i18n';
import { formatDate } from './fields';
import { NextStepDueField } from './NextStepDueField';

const today = toIsoDate(new Date());

function renderDue(record: Record<string, unknown>, locale = 'en') {
  return render(
    <AdminContext i18nProvider={createI18nProvider(locale)}>
      <RecordContextProvider value={{ id: 1, stage: 'exploring', ...record }}>
        <span data-testid="field"><NextStepDueField source="nextStepDue" emptyText="app.none" /></span>
      </RecordContextProvider>
    </AdminContext>,
  );
}

describe('the next step’s due date', () => {
  it('marks a date already past as overdue, with a name screen readers say', () => {
    const due = addDays(today, -3);
    renderDue({ nextStepDue: due });
    expect(screen.getByRole('img', { name: 'Overdue' })).toBeInTheDocument();
    expect(screen.getByTestId('field')).toHaveTextContent(formatDate(due, 'en'));
  });

  it('marks a date within the week as due soon, in French too', () => {
    renderDue({ nextStepDue: addDays(today, 7) }, 'fr');
    expect(screen.getByRole('img', { name: 'À faire sous 7 jours' })).toBeInTheDocument();
  });

  it('leaves later dates, and the dates of closed partnerships, unmarked', () => {
    renderDue({ nextStepDue: addDays(today, 8) });
    renderDue({ nextStepDue: addDays(today, -3), stage: 'closed' });
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getAllByTestId('field')[1]).toHaveTextContent(formatDate(addDays(today, -3), 'en'));
  });

  it('shows the empty text when there is no date', () => {
    renderDue({ nextStepDue: null });
    expect(screen.getByTestId('field')).toHaveTextContent(/^—$/);
  });
});
