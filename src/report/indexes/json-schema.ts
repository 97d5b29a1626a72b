import { z } from 'zod';
import { indexesReportSchema } from './schema.js';

/** The indexes report's JSON Schema, as committed under docs/schemas/. */
export function indexesReportJsonSchema(): string {
  const schema = z.toJSONSchema(indexesReportSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'garage-perf indexes report' }, null, 2)}\n`;
}
