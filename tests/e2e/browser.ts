import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with nothing reaching outside this machine. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface PageWatch {
  /** Requests the page made to anywhere but its own origin. */
  foreignRequests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/**
 * Chromium logs every 4xx answer as a console error. Two 401s are the sign-in working, not a
 * fault: "who am I?" asked while signed out, and a wrong password refused. Anything else counts.
 */
function isExpectedRefusal(text: string, url: string, origin: string): boolean {
  return /^Failed to load resource: .*\b401\b/.test(text) && [`${origin}/api/auth/me`, `${origin}/api/auth/login`].includes(url);
}

/** Records what a page does that a user should never pay for: foreign requests, errors. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { foreignRequests: [], errors: [] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.foreignRequests.push(url);
  });
  page.on('console', (message) => {
    const { url } = message.location();
    if (message.type() === 'error' && !isExpectedRefusal(message.text(), url, origin)) watch.errors.push(`${message.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  return watch;
}

/**
 * Signs in through the sign-in page (src/pages/login), as a person does: the page must be on
 * it already (the app opens there without a session). Resolves once the form is gone.
 */
export async function signInThroughPage(page: Page, { email, password }: { email: string; password: string }) {
  const emailInput = page.getByRole('textbox', { name: 'Email' });
  await emailInput.fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await emailInput.waitFor({ state: 'detached' });
}
