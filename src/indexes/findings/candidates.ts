import { quoteIdentifier, quoteLiteral } from '../sql-names.js';

/** A proposed index for one table. */
export interface CandidateIndex {
  table: string;
  columns: Array<{ name: string; desc: boolean }>;
  where: string | undefined;
  /** How it was built: expert (equality then range), order (equality then ORDER BY), covering, partial. */
  variant: 'expert' | 'order' | 'covering' | 'partial';
}

interface ColumnUse {
  column: string;
  operator: string;
  /** The bound value when the right side is a `?` parameter. */
  value: unknown;
}

/** A value shared by at least this share of rows makes its column a partial-index predicate. */
const lowSelectivityValueShare = 0.05;

const identifier = '(?:`[^`]+`|"(?:[^"]|"")+"|\\[[^\\]]+\\]|[A-Za-z_][\\w$]*)';
const columnReference = new RegExp(`((?:${identifier}\\.){0,2})(${identifier})\\s*(=|==|>=|<=|>|<|\\bIN\\b|\\bIS\\b|\\bBETWEEN\\b|\\bLIKE\\b)`, 'gi');

/**
 * Candidate indexes for a statement that scans `table` or sorts, built as SQLite's `.expert`
 * builds them (equality columns first, then one range column or the ORDER BY columns), plus
 * a covering variant (selected columns appended) and a partial variant when an equality
 * fixes a column to a value (`status = 'ACTIVE'`).
 */
export function candidateIndexes(
  sql: string,
  params: readonly unknown[],
  table: string,
  tableColumns: readonly string[],
  /** Share of the table's rows holding `value` in `column` (from the data): a partial index fits a column fixed to a value many rows share. */
  valueShare: (column: string, value: unknown) => number = () => 0,
): CandidateIndex[] {
  const known = new Set(tableColumns);
  const uses = columnUses(whereClause(sql), sql, params, table, known);
  const equality = unique(uses.filter((use) => ['=', '==', 'IN', 'IS'].includes(use.operator.toUpperCase())).map((use) => use.column));
  const range = uses.find((use) => ['>', '>=', '<', '<=', 'BETWEEN', 'LIKE'].includes(use.operator.toUpperCase()) && !equality.includes(use.column));
  const orderBy = sortColumns(sql, table, known).filter((column) => !equality.includes(column));
  const candidates: CandidateIndex[] = [];
  const add = (all: CandidateIndex['columns'], variant: CandidateIndex['variant'], where?: string) => {
    const columns = all.filter((column, position) => all.findIndex((other) => other.name === column.name) === position);
    if (columns.length === 0) return;
    const key = `${columns.map((c) => `${c.name}${c.desc ? ' DESC' : ''}`).join(',')}|${where ?? ''}`;
    if (!candidates.some((c) => `${c.columns.map((x) => `${x.name}${x.desc ? ' DESC' : ''}`).join(',')}|${c.where ?? ''}` === key)) {
      candidates.push({ table, columns, where, variant });
    }
  };
  const plain = (names: string[]) => names.map((name) => ({ name, desc: false }));
  add([...plain(equality), ...(range ? plain([range.column]) : [])], 'expert');
  if (orderBy.length > 0) add([...plain(equality), ...plain(orderBy)], 'order');
  const best = candidates.at(-1);
  if (best) {
    const selected = selectedColumns(sql, table, known).filter((name) => !best.columns.some((column) => column.name === name));
    if (selected.length > 0 && best.columns.length + selected.length <= 8) add([...best.columns, ...plain(selected)], 'covering');
    // A partial index suits an equality on a low-selectivity column (a status), not on an id.
    const fixed = uses
      .filter((use) => (use.operator === '=' || use.operator === '==') && typeof use.value === 'string')
      .map((use) => ({ use, share: valueShare(use.column, use.value) }))
      .filter((entry) => entry.share >= lowSelectivityValueShare)
      .sort((a, b) => b.share - a.share)[0]?.use;
    if (fixed && best.columns.length > 1) {
      add(best.columns.filter((column) => column.name !== fixed.column), 'partial', `${quoteIdentifier(fixed.column)} = ${quoteLiteral(String(fixed.value))}`);
    }
  }
  return candidates;
}

/** `CREATE INDEX` text for a candidate. */
export function candidateSql(candidate: CandidateIndex, name: string): string {
  const columns = candidate.columns.map((column) => `${quoteIdentifier(column.name)}${column.desc ? ' DESC' : ''}`).join(', ');
  return `CREATE INDEX ${quoteIdentifier(name)} ON ${quoteIdentifier(candidate.table)}(${columns})${candidate.where ? ` WHERE ${candidate.where}` : ''}`;
}

/** A readable default name: table_col1_col2_idx. */
export function candidateName(candidate: CandidateIndex): string {
  return `${candidate.table}_${candidate.columns.map((column) => column.name).join('_')}${candidate.where ? '_partial' : ''}_idx`.replace(/[^\w]/g, '_');
}

function columnUses(clause: string, sql: string, params: readonly unknown[], table: string, known: Set<string>): ColumnUse[] {
  const offset = sql.indexOf(clause);
  const uses: ColumnUse[] = [];
  for (const match of clause.matchAll(columnReference)) {
    const qualifier = (match[1] ?? '').split('.').filter(Boolean).map(unquote);
    const column = unquote(match[2] ?? '');
    if (!known.has(column)) continue;
    if (qualifier.length > 0 && qualifier.at(-1) !== table && !isAliasOf(sql, qualifier.at(-1) ?? '', table)) continue;
    const position = offset + (match.index ?? 0) + match[0].length;
    const rest = sql.slice(position).trimStart();
    const value = rest.startsWith('?') ? params[(sql.slice(0, position).match(/\?/g) ?? []).length] : literalValue(rest);
    uses.push({ column, operator: (match[3] ?? '').toUpperCase(), value });
  }
  return uses;
}

function whereClause(sql: string): string {
  const match = /\bWHERE\b([\s\S]*?)(?:\bGROUP BY\b|\bORDER BY\b|\bLIMIT\b|\bRETURNING\b|$)/i.exec(sql);
  return match?.[1] ?? '';
}

/** The ORDER BY (or GROUP BY) columns, all of `table`, or none; their direction is left out (candidates sort ascending). */
function sortColumns(sql: string, table: string, known: Set<string>): string[] {
  const match = /\b(?:ORDER|GROUP) BY\b([\s\S]*?)(?:\bLIMIT\b|\bHAVING\b|$)/i.exec(sql);
  if (!match) return [];
  const columns: string[] = [];
  for (const term of (match[1] ?? '').split(',')) {
    const reference = (term.trim().split(/\s+/)[0] ?? '').split('.').map(unquote);
    const name = reference.at(-1) ?? '';
    const qualifier = reference.at(-2);
    if (!known.has(name) || (qualifier !== undefined && qualifier !== table && !isAliasOf(sql, qualifier, table))) return [];
    columns.push(name);
  }
  return columns;
}

function selectedColumns(sql: string, table: string, known: Set<string>): string[] {
  const match = /^\s*SELECT\b([\s\S]*?)\bFROM\b/i.exec(sql);
  if (!match) return [];
  const names: string[] = [];
  for (const term of (match[1] ?? '').split(',')) {
    const reference = term.trim().split(/\s+/)[0] ?? '';
    const parts = reference.split('.').map(unquote);
    const name = parts.at(-1) ?? '';
    if (known.has(name) && (parts.length === 1 || parts.at(-2) === table)) names.push(name);
  }
  return unique(names);
}

function literalValue(text: string): unknown {
  const match = /^'((?:[^']|'')*)'/.exec(text);
  return match ? (match[1] ?? '').replaceAll("''", "'") : undefined;
}

function isAliasOf(sql: string, alias: string, table: string): boolean {
  return new RegExp(`\\b${table.replace(/[^\w]/g, '.')}[\`"\\]]?\\s+(?:AS\\s+)?[\`"]?${alias.replace(/[^\w]/g, '.')}\\b`, 'i').test(sql);
}

function unquote(name: string): string {
  if (/^".*"$/.test(name)) return name.slice(1, -1).replaceAll('""', '"');
  if (/^`.*`$/.test(name) || /^\[.*\]$/.test(name)) return name.slice(1, -1);
  return name;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
