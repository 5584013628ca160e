import { IN_TALKS, type DatasetFacts } from './facts';
import { createClient, summarize, type LatencySummary, type Sample } from './load';
import { drawFor } from './scenarios';

/** The saves made beside a scenario's reads: latency of each successful PUT, and the 409s retried. */
export interface SavesResult extends LatencySummary {
  conflicts: number;
}

interface Shown {
  id: number;
  version: number;
  stage: string;
  nextStep: string | null;
}

const failed = (error: string): Sample => ({ ms: 0, ok: false, aborted: false, bytes: 0, status: 0, error });

/** How many times a save re-reads the record after a 409 before it gives up (and counts an error). */
const RETRIES = 5;

/**
 * What a coordinator changes in a partnership still in talks: the next step, the owner, and one
 * save in four the stage, one step forward (a step back would need a note).
 */
function changeOf(record: Shown, facts: DatasetFacts, draw: ReturnType<typeof drawFor>) {
  const steps = facts.nextSteps.filter((step) => step !== record.nextStep);
  const change: Record<string, unknown> = { version: record.version, nextStep: draw.pick(steps), ownerId: draw.pick(facts.staffIds) };
  const position = IN_TALKS.indexOf(record.stage as (typeof IN_TALKS)[number]);
  if (position >= 0 && position < IN_TALKS.length - 1 && draw.chance(0.25)) change.stage = IN_TALKS[position + 1];
  return change;
}

/**
 * `clients` clients, each on its own connection (and, with several instances, its own
 * instance), each reading a random partnership in talks and saving it with the version it read;
 * on a 409 (the other client saved it first) it reads it again and retries.
 * Saves count from `measure()` until `stop()`.
 */
export function startSaving({ origins, headers, clients, facts }: { origins: readonly string[]; headers: Record<string, string>; clients: number; facts: DatasetFacts }) {
  const client = createClient(clients, headers);
  const samples: Sample[] = [];
  let measuring = false;
  const stopping = new AbortController();
  let conflicts = 0;
  let measuredFrom = 0;
  let saveNumber = 0;

  const record = (sample: Sample) => {
    if (measuring) samples.push(sample);
  };

  async function saveOne(origin: string) {
    const draw = drawFor(3, saveNumber++);
    const id = facts.inTalksIds[draw.int(0, facts.inTalksIds.length - 1)]!;
    const url = `${origin}/api/partnerships/${id}`;
    for (let attempt = 0; attempt <= RETRIES; attempt++) {
      const read = await client.timedRequest(url, { keepBody: true });
      if (!read.ok) return record(failed(`reading ${id} to save it: ${read.error}`));
      const saved = await client.timedRequest(url, { method: 'PUT', json: changeOf(JSON.parse(read.body!) as Shown, facts, draw), keepBody: true });
      if (saved.status === 409) {
        if (measuring) conflicts++;
        continue;
      }
      return record(saved.ok ? { ...saved, body: undefined } : { ...saved, error: `PUT ${id}: ${saved.error} ${saved.body?.slice(0, 200) ?? ''}` });
    }
    record(failed(`PUT ${id}: still 409 after ${RETRIES} retries`));
  }

  const running = Array.from({ length: clients }, async (_, k) => {
    const origin = origins[k % origins.length]!;
    while (!stopping.signal.aborted) await saveOne(origin);
  });

  return {
    measure() {
      measuring = true;
      measuredFrom = performance.now();
    },
    async stop(): Promise<SavesResult> {
      const seconds = (performance.now() - measuredFrom) / 1000;
      // Saves still in flight finish after the reads: without them to contend with, they are not counted.
      measuring = false;
      stopping.abort();
      await Promise.all(running);
      client.close();
      return { ...summarize(samples, seconds), conflicts };
    },
  };
}
