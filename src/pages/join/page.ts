import { JOIN_LIMITS, type JoinLocale } from '../../domain/joinLimits';
import { fetchToken, sendJoinRequest, type Outcome } from './api';
import { h } from './dom';
import { FieldErrors } from './fieldErrors';
import { buildJoinForm, type JoinForm } from './form';
import { createTranslator, type Params, type Translator } from './i18n';
import { languageSwitch } from './languageSwitch';
import type { JoinMessageKey } from './locales/en';
import { problemsOf } from './validate';

export interface JoinPageOptions {
  locale: JoinLocale;
  /** How long typing in the city must pause before it is looked up. */
  searchDelayMs?: number;
  /** How long the page holds a sign-up after the form's stamp (the server's least fill time). */
  minFillMs?: number;
}

/**
 * The stamp of when the form opened: asked for at once, asked again when the server wants a
 * fresh one. A person quicker than the server's least fill time (autofill, a short message)
 * is not turned away: the page holds the form until that time has passed since the stamp.
 */
class Stamp {
  #token!: Promise<string>;
  #receivedAt = 0;
  constructor(private readonly minFillMs: number) {
    this.renew();
  }
  renew(): void {
    this.#token = fetchToken().then((token) => {
      this.#receivedAt = performance.now();
      return token;
    });
    this.#token.catch(() => undefined); // a failure shows when the form is sent
  }
  /** The token, or '' when it cannot be had: the server then asks for the form again. */
  async current(): Promise<string> {
    const token = await this.#token.catch(() => {
      this.renew();
      return this.#token.catch(() => '');
    });
    const early = this.minFillMs - (performance.now() - this.#receivedAt);
    if (token && early > 0) await new Promise((resolve) => setTimeout(resolve, early));
    return token;
  }
}

/** "in 5 minutes", in the reader's language. */
function whenAgain(locale: string, seconds: number): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (seconds < 60) return format.format(seconds, 'second');
  if (seconds < 3600) return format.format(Math.ceil(seconds / 60), 'minute');
  return format.format(Math.ceil(seconds / 3600), 'hour');
}

/** The page's message about the whole form, announced as it appears. */
function formAlert(tr: Translator) {
  const element = h('div', { role: 'alert', class: 'alert' });
  let shown: { key: JoinMessageKey; params?: () => Params } | null = null;
  tr.paint(() => (element.textContent = shown ? tr.t(shown.key, shown.params?.()) : ''));
  return {
    element,
    say(key: JoinMessageKey | null, params?: () => Params) {
      shown = key ? { key, params } : null;
      element.textContent = shown ? tr.t(shown.key, shown.params?.()) : '';
    },
  };
}

/**
 * The public sign-up page (issue 14), in plain DOM: the form, and once it is received a
 * confirmation in its place. It loads nothing of the product's data and needs no session.
 */
export async function renderJoinPage(root: HTMLElement, options: JoinPageOptions): Promise<void> {
  const stamp = new Stamp(options.minFillMs ?? JOIN_LIMITS.minFillMs);
  const tr = await createTranslator(options.locale);
  const errors = new FieldErrors(tr);
  const alert = formAlert(tr);
  const joinForm = buildJoinForm(tr, errors, { delayMs: options.searchDelayMs ?? 250 });
  let title: JoinMessageKey = 'join.documentTitle';
  tr.paint(() => (document.title = tr.t(title)));

  const heading = tr.text(h('h1', { id: 'join-title', tabindex: -1 }), 'join.title');
  const main = h('main', {}, heading, tr.text(h('p', { class: 'intro' }), 'join.intro'), alert.element, joinForm.form);
  const header = h('header', {}, tr.text(h('p', { class: 'brand' }), 'join.brand'), languageSwitch(tr, () => alert.say('join.error.network')));
  root.replaceChildren(header, main, h('footer', {}, tr.text(h('p'), 'join.credit')));

  const confirm = (email: string) => {
    title = 'join.received.title';
    const received = tr.text(h('h1', { id: 'join-title', tabindex: -1 }), 'join.received.title');
    const next = h('p');
    // The address as typed, as text, isolated so that it reads whole inside Arabic.
    tr.paint(() => (next.textContent = tr.t('join.received.next', { email: `\u2068${email}\u2069` })));
    main.replaceChildren(received, next, tr.text(h('p'), 'join.received.done'));
    document.title = tr.t(title);
    received.focus();
  };
  const page: Page = { tr, ...joinForm, errors, say: alert.say, stamp, confirm };
  joinForm.form.addEventListener('input', (event) => clearOwnError(errors, event.target));
  joinForm.form.addEventListener('change', (event) => clearOwnError(errors, event.target));
  joinForm.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit(page);
  });
}

interface Page extends JoinForm {
  tr: Translator;
  errors: FieldErrors;
  say: ReturnType<typeof formAlert>['say'];
  stamp: Stamp;
  confirm: (email: string) => void;
}

function clearOwnError(errors: FieldErrors, target: EventTarget | null) {
  const name = errors.nameOf(target);
  if (name) errors.clear(name);
}

const focusFirstInvalid = (form: HTMLFormElement) => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();

async function submit(page: Page) {
  const { tr, form, city, send, errors, say } = page;
  if (send.getAttribute('aria-disabled') === 'true') return;
  errors.clearAll();
  say(null);
  const problems = problemsOf(form, city);
  if (problems.size) {
    for (const [name, key] of problems) errors.show(name, key);
    say('app.error.invalid');
    focusFirstInvalid(form);
    return;
  }
  send.setAttribute('aria-disabled', 'true');
  send.textContent = tr.t('join.sending');
  const body = { ...page.values(), locale: tr.locale, token: await page.stamp.current() };
  const outcome = await sendJoinRequest(body);
  send.removeAttribute('aria-disabled');
  send.textContent = tr.t('join.send');
  answer(page, outcome, body.email);
}

function answer(page: Page, outcome: Outcome, email: string) {
  if (outcome.kind === 'received') return page.confirm(email);
  if (outcome.kind === 'invalid') {
    for (const [field, key] of Object.entries(outcome.errors)) page.errors.show(page.city.fieldOf(field.split('.')[0]!), key);
    page.say('app.error.invalid');
    return focusFirstInvalid(page.form);
  }
  if (outcome.freshToken) page.stamp.renew();
  const wait = outcome.retryAfterSeconds;
  if (outcome.message === 'join.error.tooMany' && wait === undefined) return page.say('join.error.tooManyLater');
  page.say(outcome.message, wait === undefined ? undefined : () => ({ when: whenAgain(page.tr.locale, wait) }));
}
