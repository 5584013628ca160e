import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { JOIN_BUDGET, measureBundle, measurePage, type BundleReport } from '../../scripts/bundle-size.ts';
import { buildSpa } from '../../scripts/build-spa.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT_DIR = resolve(ROOT, 'node_modules/.e2e/dist');
const BUDGET = 350 * 1024;

describe('the production bundle', () => {
  let report: BundleReport;
  let allCode: string;

  beforeAll(async () => {
    await buildSpa({ root: ROOT, build: { outDir: OUT_DIR, emptyOutDir: true, sourcemap: false } });
    report = measureBundle(OUT_DIR);
    const assets = join(OUT_DIR, 'assets');
    allCode = readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(assets, file), 'utf8'))
      .join('\n');
  });

  it(`loads in at most 350 KB gzip before the app starts`, () => {
    expect(report.initialGzip).toBeLessThanOrEqual(BUDGET);
    expect(report.entry.gzip).toBeLessThanOrEqual(BUDGET);
  });

  it('loads recharts and the dashboard only when the dashboard opens', () => {
    const initialCode = report.initial.map((chunk) => readFileSync(join(OUT_DIR, chunk.file), 'utf8')).join('\n');
    expect(initialCode).not.toMatch(/recharts-wrapper/);
    expect(allCode).toMatch(/recharts-wrapper/);
  });

  it('opens the public sign-up page in at most 15 KB gzip, JS and CSS, without React, MUI, react-admin or zod', () => {
    const signUp = measurePage(OUT_DIR, 'join.html');
    expect(signUp.initialGzip).toBeLessThanOrEqual(JOIN_BUDGET);
    const joinCode = signUp.initial.map((chunk) => readFileSync(join(OUT_DIR, chunk.file), 'utf8')).join('\n');
    expect(joinCode).not.toMatch(/react\.transitional\.element|MuiButtonBase|RaAppBar|ZodError/);
  });

  it('carries neither MSW nor the app in the page (sql.js, the server) nor the seed nor the gazetteer', () => {
    expect(allCode).not.toMatch(/mockServiceWorker|setupWorker/);
    // The server's own app and SQLite in WebAssembly are the mock mode's: names its code cannot lose.
    expect(allCode).not.toMatch(/progressJournal|sql-wasm|written only through the write path/);
    expect(readdirSync(join(OUT_DIR, 'assets')).filter((file) => file.endsWith('.wasm'))).toEqual([]);
    // A city only the gazetteer extract knows: had it been bundled, its name would be here.
    expect(allCode).not.toMatch(/Ndalatando|N’dalatando/);
  });
});
