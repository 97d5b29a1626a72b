import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportJsonSchemas } from '../../../src/report/json-schemas.js';

const schemasDir = join(import.meta.dirname, '..', '..', '..', 'docs', 'schemas');

describe('the JSON Schemas under docs/schemas', () => {
  it.each(Object.entries(reportJsonSchemas()))('%s is current (regenerate with `npm run schemas`)', (name, text) => {
    expect(readFileSync(join(schemasDir, name), 'utf8')).toBe(text);
  });
});
