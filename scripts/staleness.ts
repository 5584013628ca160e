import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The latest change under a path: the file's own time, or the newest file's in a directory. */
export function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs), stats.mtimeMs);
}

/** Whether a built file is missing or older than any of its sources (paths under `root`). */
export function isStale(built: string, sources: readonly string[], root: string): boolean {
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return sources.map((source) => join(root, source)).some((source) => existsSync(source) && newestChange(source) > builtAt);
}
