import { z } from 'zod';
import { benchReportSchema } from './bench/schema.js';
import { indexesReportSchema } from './indexes/schema.js';

/** Every report's JSON Schema by file name under docs/schemas/. */
export function reportJsonSchemas(): Record<string, string> {
  return {
    'bench-report.schema.json': toJsonSchema(benchReportSchema, 'garage-perf bench report'),
    'indexes-report.schema.json': toJsonSchema(indexesReportSchema, 'garage-perf indexes report'),
  };
}

/** A report schema as JSON Schema (draft 2020-12) text with a title, as committed under docs/schemas/. */
export function toJsonSchema(schema: z.ZodType, title: string): string {
  return `${JSON.stringify({ ...z.toJSONSchema(schema, { target: 'draft-2020-12' }), title }, null, 2)}\n`;
}
