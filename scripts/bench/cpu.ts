import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/**
 * Who used the CPU during a scenario: the server, its database (PostgreSQL), this bench (the
 * client), and everything else on the machine. On 2 cores a test suite running beside the
 * bench skews every figure, so the table says how much of the machine others took.
 */
interface Snapshot {
  busy: number;
  total: number;
  server: number;
  database: number;
  bench: number;
}

/** utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/<pid>/stat). */
function processTicks(pid: number | 'self'): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

function machineTicks(): { busy: number; total: number } {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  const total = values.slice(0, 8).reduce((sum, value) => sum + value, 0);
  const idle = values[3]! + values[4]!;
  return { busy: total - idle, total };
}

const ticksOf = (pids: readonly number[]) => pids.reduce((sum, pid) => sum + processTicks(pid), 0);

/** The server's processes (one, or the instances), and the database's when it runs here (PostgreSQL). */
export function cpuSnapshot(serverPids: readonly number[], databasePids: readonly number[] = []): Snapshot {
  return { ...machineTicks(), server: ticksOf(serverPids), database: ticksOf(databasePids), bench: processTicks('self') };
}

/** Shares of the whole machine (100% = every core busy) between two snapshots. */
export function cpuShares(before: Snapshot, after: Snapshot) {
  const total = after.total - before.total || 1;
  const share = (ticks: number) => Math.round((100 * ticks) / total);
  const server = after.server - before.server;
  const database = after.database - before.database;
  const bench = after.bench - before.bench;
  const busy = after.busy - before.busy;
  return {
    cores: cpus().length,
    serverPct: share(server),
    databasePct: share(database),
    benchPct: share(bench),
    othersPct: Math.max(0, share(busy - server - database - bench)),
  };
}

export type CpuShares = ReturnType<typeof cpuShares>;
