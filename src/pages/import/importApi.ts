import { HttpError } from 'react-admin';
import { API_URL } from '../../providers/dataProvider';

import type { Duplicates, Importable, ImportTotals as Totals, RowReport } from '../../domain/importFields';

export type { Duplicates, Importable, RowReport, Totals };
export interface ImportResult {
  id: number;
  totals: Totals;
  report: RowReport[];
}

/** What the server is asked to do with a file: which records it holds, its columns, and duplicates. */
export interface ImportRequest {
  resource: Importable;
  file: File;
  mapping: Record<string, string>;
  duplicates: Duplicates;
}

const refusal = (status: number, body: { message?: string } = {}) => new HttpError(body.message ?? 'app.error.server', status, body);

/** The file goes as the request's body, as it is on disk; the server reads it (decision 017). */
async function post(path: string, request?: ImportRequest, accept = 'application/json'): Promise<Response> {
  const query = request
    ? `?${new URLSearchParams({ resource: request.resource, fileName: request.file.name, mapping: JSON.stringify(request.mapping), duplicates: request.duplicates })}`
    : '';
  const response = await fetch(`${API_URL}/imports${path}${query}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: accept, 'Content-Type': 'application/octet-stream' },
    body: request ? await request.file.arrayBuffer() : undefined,
  });
  if (!response.ok) throw refusal(response.status, await response.json().catch(() => ({})));
  return response;
}

export const readColumns = async (resource: Importable, file: File): Promise<{ headers: string[]; rows: number }> =>
  (await post('/columns', { resource, file, mapping: {}, duplicates: 'skip' })).json();

export const dryRun = async (request: ImportRequest): Promise<{ totals: Totals; report: RowReport[] }> => (await post('/dry-run', request)).json();

export const undoImport = async (id: number): Promise<{ undone: number }> => (await post(`/${id}/undo`)).json();

type Line = { progress: { done: number; total: number } } | { done: ImportResult } | { error: { status: number; message: string } };

/** Runs the import, reading the server's NDJSON lines as they come: progress, then the result or a refusal. */
export async function runImport(request: ImportRequest, onProgress: (fraction: number) => void): Promise<ImportResult> {
  const response = await post('', request, 'application/x-ndjson');
  const text = await readLines(response, (line: Line) => {
    if ('progress' in line) onProgress(line.progress.done / line.progress.total);
  });
  const last = JSON.parse(text.trim().split('\n').at(-1)!) as Line;
  if ('done' in last) return last.done;
  if ('error' in last) throw refusal(last.error.status, last.error);
  throw refusal(500);
}

async function readLines(response: Response, onLine: (line: Line) => void): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let [all, pending] = ['', ''];
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    const text = decoder.decode(chunk.value, { stream: true });
    all += text;
    const lines = (pending + text).split('\n');
    pending = lines.pop()!;
    for (const line of lines) if (line.trim()) onLine(JSON.parse(line) as Line);
  }
  return all;
}
