import type { IndexesReport } from './schema.js';

/** The indexes report as the JSON text written to reports/ and printed by --json. Pure. */
export function renderIndexesJson(report: IndexesReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
