/** A CSV cell value: text, number, date, or empty for null. */
export type CsvValue = string | number | Date | null | undefined;

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: a text starting with `=`, `+`, `-`, `@`, tab or CR is prefixed with `'` so a
 * spreadsheet shows it instead of running it; cells with commas, quotes or line breaks are quoted.
 */
export function toCsvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line, CRLF-terminated (RFC 4180). */
export function toCsvLine(values: readonly CsvValue[]): string {
  return `${values.map(toCsvCell).join(',')}\r\n`;
}

/**
 * Streams a CSV: a UTF-8 byte order mark (so spreadsheets read Chinese text right), the header
 * row, then each page of rows as `nextPage` returns it, until it returns an empty page. Only
 * one page is held in memory at a time, and the next is fetched when the client reads on.
 */
export function streamCsv(header: readonly string[], nextPage: () => Promise<CsvValue[][]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(`\uFEFF${toCsvLine(header)}`));
      },
      async pull(controller) {
        const rows = await nextPage();
        if (rows.length === 0) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(rows.map(toCsvLine).join('')));
      },
    },
    { highWaterMark: 1 },
  );
}
