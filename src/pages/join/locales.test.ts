import { screen } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { JOIN_LOCALES } from '../../domain/joinLimits';
import { fakeApi, renderPage } from '../../../tests/setup/joinPage';
import { loadCatalogue, pickLocale } from './i18n';
import en from './locales/en';

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('dir');
  history.replaceState(null, '', '/');
});

const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();

describe('the sign-up page’s languages', () => {
  it.each(JOIN_LOCALES)('%s has every key of English, none empty, with the same placeholders', async (locale) => {
    const catalogue = await loadCatalogue(locale);
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    const empty = Object.entries(catalogue).filter(([, text]) => !text.trim());
    const otherPlaceholders = Object.entries(catalogue).filter(([key, text]) => placeholders(text).join() !== placeholders(en[key as keyof typeof en]).join());
    expect({ empty, otherPlaceholders }).toEqual({ empty: [], otherPlaceholders: [] });
  });

  it('follows ?lang=, else the reader’s languages, else English', () => {
    expect(pickLocale('?lang=ar', ['fr-FR'])).toBe('ar');
    expect(pickLocale('?lang=de', ['de-DE', 'pt-BR', 'fr'])).toBe('pt');
    expect(pickLocale('', ['de', 'nl'])).toBe('en');
  });

  it('reads Arabic right to left', async () => {
    fakeApi();
    await renderPage('ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('انضموا إلى \u2066500 in 5\u2069');
  });

  it('switches language in place, keeping what was typed, and says so in the address', async () => {
    fakeApi();
    const user = userEvent.setup();
    await renderPage('en');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    await user.type(screen.getByRole('textbox', { name: 'Organisation' }), 'Câmara Municipal');
    const languages = screen.getByRole('navigation', { name: 'Language' });
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');

    await user.click(screen.getByRole('link', { name: 'العربية' }));
    expect(await screen.findByRole('textbox', { name: 'الجهة' })).toHaveValue('Câmara Municipal');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(languages).toHaveAccessibleName('اللغة');
    expect(location.search).toBe('?lang=ar');
    expect(document.title).toContain('انضموا');

    await user.click(screen.getByRole('link', { name: 'Português' }));
    expect(await screen.findByRole('textbox', { name: 'Organização' })).toHaveValue('Câmara Municipal');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });
});
