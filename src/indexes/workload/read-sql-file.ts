import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { messages } from '../../errors.js';
import type { Workload, WorkloadParam, WorkloadStatement } from './types.js';

/** Reads a .sql workload file; see {@link parseSqlWorkload} for the format. */
export function readSqlWorkload(path: string): Workload {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw messages.badWorkloadFile(path, (error as Error).message);
  }
  return parseSqlWorkload(text, basename(path), (detail) => messages.badWorkloadFile(path, detail));
}

/**
 * Parses a .sql workload: statements separated by semicolons (semicolons inside strings,
 * quoted names and comments do not count); a statement with `?` parameters takes their
 * values from a comment `-- params: [JSON array]` before it. Each statement counts one call
 * and is named `file:line`. Pure; `fail` builds the error for a bad file.
 */
export function parseSqlWorkload(text: string, name: string, fail: (detail: string) => Error): Workload {
  const statements: WorkloadStatement[] = [];
  for (const chunk of splitStatements(text)) {
    const source = `${name}:${chunk.line}`;
    const params = chunk.params === undefined ? [] : parseParams(chunk.params, `${name}:${chunk.paramsLine}`, fail);
    if (params.length !== chunk.placeholders) {
      throw fail(`${source}: ${chunk.placeholders} ? parameters but ${params.length} values in -- params`);
    }
    statements.push({ sql: chunk.sql, params, calls: 1, source });
  }
  if (statements.length === 0) throw fail('no SQL statements in it');
  return { name, statements };
}

interface Chunk {
  sql: string;
  line: number;
  placeholders: number;
  params: string | undefined;
  paramsLine: number;
}

/** Splits SQL text on top-level semicolons, tracking lines, `?` placeholders and `-- params:` comments. */
function splitStatements(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let line = 1;
  let startLine: number | undefined;
  let placeholders = 0;
  let params: { text: string; line: number } | undefined;
  const flush = (end: number) => {
    const sql = text.slice(start, end).replace(/^(?:\s|--[^\n]*\n?|\/\*[\s\S]*?\*\/)*/, '').trim();
    if (sql !== '') chunks.push({ sql, line: startLine ?? line, placeholders, params: params?.text, paramsLine: params?.line ?? line });
    start = end + 1;
    startLine = undefined;
    placeholders = 0;
    params = undefined;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '\n') {
      line += 1;
      continue;
    }
    if (/\s/.test(char)) continue;
    if (char === '-' && text[i + 1] === '-') {
      const end = text.indexOf('\n', i);
      const comment = text.slice(i + 2, end === -1 ? text.length : end);
      const match = /^\s*params:\s*(.*)$/.exec(comment);
      if (match) params = { text: match[1] ?? '', line };
      i = (end === -1 ? text.length : end) - 1;
      continue;
    }
    if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      line += (text.slice(i, stop).match(/\n/g) ?? []).length;
      i = stop - 1;
      continue;
    }
    if (char === ';') {
      flush(i);
      continue;
    }
    startLine ??= line;
    const close = char === "'" || char === '"' || char === '`' ? char : char === '[' ? ']' : undefined;
    if (close) {
      let end = i + 1;
      // A quote doubled inside a string or name is an escaped quote, not the end.
      while (end < text.length && (text[end] !== close || (close !== ']' && text[end + 1] === close && ++end))) end++;
      line += (text.slice(i, end).match(/\n/g) ?? []).length;
      i = end;
      continue;
    }
    if (char === '?') placeholders += 1;
  }
  flush(text.length);
  return chunks;
}

function parseParams(text: string, at: string, fail: (detail: string) => Error): WorkloadParam[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw fail(`${at}: -- params must be a JSON array`);
  }
  if (!Array.isArray(parsed) || !parsed.every((value) => value === null || ['string', 'number', 'boolean'].includes(typeof value))) {
    throw fail(`${at}: -- params must be a JSON array of strings, numbers, booleans or null`);
  }
  return parsed as WorkloadParam[];
}
