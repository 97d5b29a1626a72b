import { benchReportJsonSchema } from './bench/json-schema.js';
import { indexesReportJsonSchema } from './indexes/json-schema.js';

/** Every report's JSON Schema by file name under docs/schemas/. */
export function reportJsonSchemas(): Record<string, string> {
  return { 'bench-report.schema.json': benchReportJsonSchema(), 'indexes-report.schema.json': indexesReportJsonSchema() };
}
