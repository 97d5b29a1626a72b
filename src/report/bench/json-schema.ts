import { z } from 'zod';
import { benchReportSchema } from './schema.js';

/** The bench report's JSON Schema, as committed under docs/schemas/. */
export function benchReportJsonSchema(): string {
  const schema = z.toJSONSchema(benchReportSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'garage-perf bench report' }, null, 2)}\n`;
}
