/**
 * Runs one set of contract cases on every backend (tests/contract/backends.ts): the one API,
 * on SQLite, on SQLite compiled to WebAssembly behind the mock mode's MSW bridge, and on
 * PostgreSQL. No backend is the reference for another: each case states what it expects,
 * in ids and bodies or as the domain (src/domain) computes it from the case's own data.
 *
 *   describeContract('cities', { data: contractData, reset: 'each' }, ({ api }) => {
 *     it('…', async () => { const { status, json } = await api().request('GET', '/api/cities'); … });
 *   });
 *
 * `reset: 'once'` seeds each backend once for the file (cases that only read);
 * `reset: 'each'` seeds it again before every case (cases that write).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GazetteerCity, SeedData } from '../../src/domain/seed';
import { BACKEND_NAMES, openBackend, postgresUnavailable, type Backend, type BackendName } from './backends';

export interface ContractContext {
  api: () => Backend;
  backend: BackendName;
}

interface ContractOptions {
  data: () => SeedData;
  reset: 'once' | 'each';
  gazetteer?: readonly GazetteerCity[];
}

export function describeContract(title: string, options: ContractOptions, cases: (context: ContractContext) => void) {
  for (const backend of BACKEND_NAMES) {
    const missing = backend === 'postgres' ? postgresUnavailable() : null;
    describe.skipIf(missing !== null)(`${title} [${backend}]${missing === null ? '' : ` skipped: ${missing}`}`, () => {
      defineCases(backend, options, cases);
    });
  }
  // Outside CI a missing PostgreSQL is a skip; in CI the contract must hold on all three backends.
  it.runIf(process.env.CI === 'true')(`${title}: CI runs the contract on PostgreSQL (TEST_DATABASE_URL is set)`, () => {
    expect(postgresUnavailable()).toBeNull();
  });
}

function must(backend: Backend | undefined): Backend {
  if (!backend) throw new Error('The backend is not open: its beforeAll failed.');
  return backend;
}

function defineCases(backend: BackendName, { data, reset, gazetteer }: ContractOptions, cases: (context: ContractContext) => void) {
  let underTest: Backend | undefined;
  let seed: SeedData | undefined;
  const seedOnce = () => (seed ??= data());

  beforeAll(async () => {
    underTest = await openBackend(backend, gazetteer);
    if (reset === 'once') await underTest.reset(seedOnce());
  });
  afterAll(async () => {
    await underTest?.close();
  });
  if (reset === 'each') {
    beforeEach(async () => {
      await must(underTest).reset(seedOnce());
    });
  }

  cases({ api: () => must(underTest), backend });
}
