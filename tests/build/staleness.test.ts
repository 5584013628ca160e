import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isStale } from '../../scripts/staleness';

describe('a build is stale', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const at = (path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);

  it('when missing, or when any file of its sources changed after it, however deep', () => {
    root = mkdtempSync(join(tmpdir(), 'staleness-'));
    mkdirSync(join(root, 'src/pages/deep'), { recursive: true });
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'src/pages/deep/Page.tsx'), 'one');
    writeFileSync(join(root, 'index.html'), '<html>');
    const sources = ['src', 'index.html', 'not-there.ts'];
    expect(isStale(join(root, 'dist/index.html'), sources, root)).toBe(true);

    writeFileSync(join(root, 'dist/index.html'), 'built');
    at('src/pages/deep/Page.tsx', 1_000);
    at('src', 1_000);
    at('index.html', 1_000);
    at('dist/index.html', 2_000);
    expect(isStale(join(root, 'dist/index.html'), sources, root)).toBe(false);

    at('src/pages/deep/Page.tsx', 3_000);
    expect(isStale(join(root, 'dist/index.html'), sources, root)).toBe(true);
  });
});
