import { Hono, type Context } from 'hono';
import { stream } from 'hono/streaming';
import type { RouteDeps } from '../../app';
import { authorize } from '../../auth/context';
import { ApiError, parseId } from '../../lib/errors';
import { readImportRequest } from './form';
import { getImport, listImports, saveImport, undoImport } from './repository';
import { runRows, totalsOf, type ImportRequest, type Progress } from './run';

/** Let the event loop send what was written: SQLite answers without ever yielding. */
const yieldToEventLoop = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Imports of cities and partnerships (decision 017). The file comes with each request and is
 * read by the server; `dry-run` runs the whole import and rolls it back. The import itself
 * answers JSON, or NDJSON progress lines when the client accepts application/x-ndjson.
 */
export const importsRoutes = ({ db, write, rehearse, log }: RouteDeps) => {
  const runImport = (c: Context, request: ImportRequest, progress?: Progress) =>
    write(c, async (tx, writer) => {
      const { report, changes } = await runRows(tx, request, writer, progress);
      return saveImport(tx, request, report, changes, writer);
    });

  const streamImport = (c: Context, request: ImportRequest) => {
    c.header('Content-Type', 'application/x-ndjson');
    return stream(c, async (out) => {
      const line = (value: object) => out.write(`${JSON.stringify(value)}\n`);
      try {
        const answer = await runImport(c, request, async (done, total) => {
          await line({ progress: { done, total } });
          await yieldToEventLoop();
        });
        await line({ done: answer });
      } catch (error) {
        if (!(error instanceof ApiError)) (log ?? console.error)('import failed', error);
        const refusal = error instanceof ApiError ? { status: error.status, message: error.message, errors: error.errors } : { status: 500, message: 'app.error.server' };
        await line({ error: refusal });
      }
    });
  };

  return new Hono()
    .get('/', async (c) => c.json(await listImports(db)))
    .get('/:id/report', async (c) => c.json((await getImport(db, parseId(c.req.param('id')))).report))
    .post('/columns', async (c) => {
      const request = await readImportRequest(c);
      authorize(c, 'create', request.resource);
      return c.json({ headers: request.table.headers, sample: request.table.rows.slice(0, 3), rows: request.table.rows.length });
    })
    .post('/dry-run', async (c) => {
      const request = await readImportRequest(c);
      authorize(c, 'create', request.resource);
      const report = await rehearse(c, async (tx, writer) => (await runRows(tx, request, writer)).report);
      return c.json({ totals: totalsOf(report), report });
    })
    .post('/', async (c) => {
      const request = await readImportRequest(c);
      authorize(c, 'create', request.resource);
      if (c.req.header('Accept')?.includes('application/x-ndjson')) return streamImport(c, request);
      return c.json(await runImport(c, request));
    })
    .post('/:id/undo', async (c) => {
      const id = parseId(c.req.param('id'));
      authorize(c, 'update', (await getImport(db, id)).resource);
      return c.json(await write(c, (tx, writer) => undoImport(tx, id, writer)));
    });
};
