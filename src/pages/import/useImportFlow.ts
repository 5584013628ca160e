import { useState } from 'react';
import { HttpError, useNotify } from 'react-admin';
import { dryRun, readColumns, runImport, undoImport, type Duplicates, type ImportResult, type Importable, type RowReport, type Totals } from './importApi';
import { initialMapping, rememberMapping, type Mapping } from './mapping';

/**
 * The steps of an import and what each one learnt: the file's columns, the mapping, the dry
 * run, the progress of the import, its result, and its undo. Any change before the import
 * asks for a new dry run.
 */
export function useImportFlow() {
  const notify = useNotify();
  const [resource, setResource] = useState<Importable>('cities');
  const [file, setFile] = useState<File | null>(null);
  const [headers, setHeaders] = useState<string[] | null>(null);
  const [mapping, setMappingState] = useState<Mapping>({});
  const [duplicates, setDuplicatesState] = useState<Duplicates>('skip');
  const [check, setCheck] = useState<{ totals: Totals; report: RowReport[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [undone, setUndone] = useState<number | null>(null);

  async function attempt(work: () => Promise<void>) {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notify(error instanceof HttpError ? error.message : 'app.error.server', { type: 'error' });
    } finally {
      setBusy(false);
    }
  }

  const read = (nextResource: Importable, nextFile: File) =>
    attempt(async () => {
      setCheck(null);
      const columns = await readColumns(nextResource, nextFile);
      setHeaders(columns.headers);
      setMappingState(initialMapping(nextResource, columns.headers));
    });

  const request = () => ({ resource, file: file!, mapping, duplicates });
  return {
    resource,
    file,
    headers,
    mapping,
    duplicates,
    check,
    busy,
    progress,
    result,
    undone,
    chooseResource: (next: Importable) => {
      setResource(next);
      if (file) void read(next, file);
    },
    chooseFile: (next: File) => {
      setFile(next);
      void read(resource, next);
    },
    setMapping: (next: Mapping) => {
      setMappingState(next);
      setCheck(null);
    },
    setDuplicates: (next: Duplicates) => {
      setDuplicatesState(next);
      setCheck(null);
    },
    dryRun: () =>
      attempt(async () => {
        rememberMapping(resource, mapping);
        setCheck(await dryRun(request()));
      }),
    run: () =>
      attempt(async () => {
        setProgress(0);
        try {
          setResult(await runImport(request(), setProgress));
        } finally {
          setProgress(null);
        }
      }),
    undo: () =>
      attempt(async () => {
        setUndone((await undoImport(result!.id)).undone);
      }),
    startAgain: () => {
      setFile(null);
      setHeaders(null);
      setCheck(null);
      setResult(null);
      setUndone(null);
    },
  };
}
