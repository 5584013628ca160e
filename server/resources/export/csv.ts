import Papa from 'papaparse';
import type { Cell } from './cells';

const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\r\n';

/** RFC 4180 lines (CRLF, quotes where needed, quotes doubled), without a final line end. */
const linesOf = (rows: readonly (readonly Cell[])[]) => Papa.unparse(rows as Cell[][], { newline: LINE_END });

/**
 * A CSV file as a stream: UTF-8 with a byte-order mark (so Excel reads accents right), the
 * header, then each chunk of rows as it is read.
 */
export function csvStream(header: readonly string[], chunks: AsyncIterator<Cell[][]>, onError: (error: unknown) => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(BYTE_ORDER_MARK + linesOf([header])));
        return;
      }
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(LINE_END + linesOf(next.value)));
      } catch (error) {
        // The status is sent already: the client sees the download break off, the log says why.
        onError(error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return?.(undefined);
    },
  });
}
