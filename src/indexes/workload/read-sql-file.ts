import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { messages } from '../../errors.js';
import type { Workload, WorkloadStatement } from './types.js';

/**
 * A .sql workload: statements separated by semicolons; a statement with `?` parameters may be
 * preceded by a comment line `-- params: [JSON array]` giving their values.
 */
export function readSqlWorkload(path: string): Workload {
  const text = readFileSync(path, 'utf8');
  const statements: WorkloadStatement[] = [];
  let params: unknown[] = [];
  let buffer = '';
  let line = 0;
  let startLine = 1;
  for (const raw of text.split('\n')) {
    line += 1;
    const paramsMatch = /^\s*--\s*params:\s*(.*)$/.exec(raw);
    if (paramsMatch) {
      try {
        const parsed: unknown = JSON.parse(paramsMatch[1] ?? '[]');
        if (!Array.isArray(parsed)) throw new Error('not an array');
        params = parsed;
      } catch {
        throw messages.badWorkloadFile(path, `line ${line}: params must be a JSON array`);
      }
      continue;
    }
    if (/^\s*--/.test(raw)) continue;
    if (buffer.trim() === '') startLine = line;
    buffer += `${raw}\n`;
    if (raw.trimEnd().endsWith(';')) {
      pushStatement(buffer, params, `${basename(path)}:${startLine}`);
      buffer = '';
      params = [];
    }
  }
  pushStatement(buffer, params, `${basename(path)}:${startLine}`);
  if (statements.length === 0) throw messages.badWorkloadFile(path, 'no SQL statements in it');
  return { name: basename(path), statements };

  function pushStatement(sql: string, values: unknown[], source: string): void {
    const trimmed = sql.trim().replace(/;$/, '').trim();
    if (trimmed === '') return;
    const placeholders = (trimmed.match(/\?/g) ?? []).length;
    if (values.length !== placeholders) {
      throw messages.badWorkloadFile(path, `${source}: ${placeholders} ? parameters but ${values.length} values in -- params`);
    }
    statements.push({ sql: trimmed, params: values as WorkloadStatement['params'], calls: 1, source });
  }
}
