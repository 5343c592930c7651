/** What Chromium exposes as `navigator.connection` (the Network Information API). */
interface NetworkInformation {
  saveData?: boolean;
  effectiveType?: string;
}

const SLOW_TYPES = ['slow-2g', '2g', '3g'];

/**
 * True when the browser says the visitor wants to save data (Data Saver, Lite mode) or the
 * connection is slow. Pages then fetch nothing ahead of the visitor's intent. False on the
 * server and in browsers without the API.
 */
export function prefersLessData(): boolean {
  if (typeof navigator === 'undefined') return false;
  const connection = (navigator as Navigator & { connection?: NetworkInformation }).connection;
  return Boolean(connection?.saveData) || SLOW_TYPES.includes(connection?.effectiveType ?? '');
}
