import { API_URL } from '../../providers/dataProvider';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportRequest {
  resource: string;
  format: ExportFormat;
  locale: string;
  filter: object;
  sort: { field: string; order: string };
}

/** Thrown when the API refuses or fails: `message` is a translation key or the API's sentence. */
export class ExportError extends Error {}

const fileNameOf = (response: Response, fallback: string) =>
  /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? fallback;

/**
 * Asks the API for the file with the session the data provider uses (same-origin cookies;
 * in mock mode MSW hands the request to the app in the page, as it does every /api fetch).
 */
export async function fetchExport({ resource, format, locale, filter, sort }: ExportRequest): Promise<File> {
  const query = new URLSearchParams({ format, locale, filter: JSON.stringify(filter), sort: JSON.stringify([sort.field, sort.order]) });
  let response: Response;
  try {
    response = await fetch(`${API_URL}/${resource}/export?${query}`, { credentials: 'same-origin' });
  } catch {
    throw new ExportError('app.error.network');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new ExportError(body?.message ?? `HTTP ${response.status}`);
  }
  return new File([await response.arrayBuffer()], fileNameOf(response, `${resource}.${format}`), { type: response.headers.get('Content-Type') ?? '' });
}

/** Hands the file to the browser's downloads. */
export function saveFile(file: File) {
  const url = URL.createObjectURL(file);
  const link = Object.assign(document.createElement('a'), { href: url, download: file.name });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the address can go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
