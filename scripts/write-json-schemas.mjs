// Regenerates docs/schemas/*.schema.json from the zod report schemas (run after `npm run build`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportJsonSchemas } from '../dist/report/json-schemas.js';

const dir = join(import.meta.dirname, '..', 'docs', 'schemas');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(reportJsonSchemas())) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote docs/schemas/${name}`);
}
