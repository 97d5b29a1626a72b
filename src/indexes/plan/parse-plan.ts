/** What one EXPLAIN QUERY PLAN step does. */
export type PlanStepKind =
  | 'scan'
  | 'search'
  | 'search-covering'
  | 'search-pk'
  | 'automatic-index'
  | 'temp-btree'
  | 'multi-index-or'
  | 'subquery'
  | 'structure';

/** A row of EXPLAIN QUERY PLAN as SQLite returns it. */
export interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

export interface PlanStep {
  id: number;
  parent: number;
  detail: string;
  kind: PlanStepKind;
  /** The table (aliases resolved), when the step reads one. */
  table?: string;
  /** The name in the plan when it is an alias. */
  alias?: string;
  index?: string;
  /** The constraint in parentheses: `garage_id=? AND start_time>?`. */
  constraint?: string;
  /** For temp b-trees: ORDER BY, GROUP BY, DISTINCT, LAST TERM OF ORDER BY, ... */
  tempBtreeFor?: string;
  /** A full scan through an index (SCAN t USING [COVERING] INDEX i). */
  viaIndex?: boolean;
  /** A virtual table (FTS5, R*Tree, ...): its module answers the constraints, not an index. */
  virtualTable?: boolean;
  correlated?: boolean;
  children: PlanStep[];
}

// Names may hold spaces (quoted identifiers), so they are matched lazily up to the keywords.
const scanPattern = /^SCAN (.+?)(?: AS \S+)?(?: USING (COVERING )?INDEX (.+?))?( VIRTUAL TABLE INDEX .*)?$/;
const searchPattern =
  /^SEARCH (.+?)(?: AS \S+)?(?: EXISTS)? USING (?:(COVERING )?INDEX (.+?)|(INTEGER PRIMARY KEY)|(PRIMARY KEY)|(AUTOMATIC (?:PARTIAL )?COVERING INDEX)|(AUTOMATIC (?:PARTIAL )?INDEX))(?: \(([^()]*)\))?$/;
const tempBtreePattern = /^USE TEMP B-TREE FOR (.+)$/;
const subqueryPattern = /^(CORRELATED )?(?:SCALAR|LIST) SUBQUERY \d+$/;

/**
 * Parses EXPLAIN QUERY PLAN rows (SQLite 3.40 and later) into a tree of classified steps,
 * with aliases mapped back to tables through `aliases` (alias -> table).
 */
export function parsePlan(rows: readonly PlanRow[], aliases: ReadonlyMap<string, string> = new Map()): PlanStep[] {
  const steps = rows.map((row) => classifyStep(row, aliases));
  const byId = new Map(steps.map((step) => [step.id, step]));
  const roots: PlanStep[] = [];
  for (const step of steps) {
    const parent = byId.get(step.parent);
    if (parent && parent !== step) parent.children.push(step);
    else roots.push(step);
  }
  return roots;
}

/** Every step of a tree, depth first, in plan order. */
export function flattenPlan(steps: readonly PlanStep[]): PlanStep[] {
  return steps.flatMap((step) => [step, ...flattenPlan(step.children)]);
}

/** Classifies one detail string. */
export function classifyStep(row: PlanRow, aliases: ReadonlyMap<string, string> = new Map()): PlanStep {
  const base = { id: row.id, parent: row.parent, detail: row.detail, children: [] as PlanStep[] };
  const named = (qualified: string) => {
    // Prisma qualifies tables (`main`.`users`); the plan then says `main.users`.
    const name = qualified.replace(/^(?:main|temp)\./, '');
    const table = aliases.get(name) ?? name;
    return table === name ? { table } : { table, alias: name };
  };
  if (row.detail === 'SCAN CONSTANT ROW') return { ...base, kind: 'structure' };
  const scan = scanPattern.exec(row.detail);
  if (scan) {
    return {
      ...base,
      kind: 'scan',
      ...named(scan[1] as string),
      ...(scan[3] ? { index: scan[3], viaIndex: true } : {}),
      ...(scan[4] ? { virtualTable: true } : {}),
    };
  }
  const search = searchPattern.exec(row.detail);
  if (search) {
    const [, name, covering, index, integerPk, pk, automaticCovering, automatic, constraint] = search;
    const kind: PlanStepKind =
      automaticCovering || automatic ? 'automatic-index' : integerPk || pk ? 'search-pk' : covering ? 'search-covering' : 'search';
    return { ...base, kind, ...named(name as string), ...(index ? { index } : {}), ...(constraint ? { constraint } : {}) };
  }
  const temp = tempBtreePattern.exec(row.detail);
  if (temp) return { ...base, kind: 'temp-btree', tempBtreeFor: temp[1] };
  if (row.detail === 'MULTI-INDEX OR') return { ...base, kind: 'multi-index-or' };
  const subquery = subqueryPattern.exec(row.detail);
  if (subquery) return { ...base, kind: 'subquery', correlated: Boolean(subquery[1]) };
  return { ...base, kind: 'structure' };
}

const notAliases = new Set(['WHERE', 'ON', 'USING', 'JOIN', 'LEFT', 'RIGHT', 'INNER', 'OUTER', 'CROSS', 'NATURAL', 'FULL', 'GROUP', 'ORDER', 'LIMIT', 'WINDOW', 'UNION', 'EXCEPT', 'INTERSECT', 'SET', 'VALUES', 'RETURNING', 'INDEXED', 'NOT', 'HAVING']);

/**
 * Aliases a statement gives its tables (`FROM floors f`, `JOIN parking_spots AS s`):
 * EXPLAIN QUERY PLAN names a table by its alias.
 */
export function tableAliases(sql: string): Map<string, string> {
  const aliases = new Map<string, string>();
  const identifier = '(?:"(?:[^"]|"")+"|`[^`]+`|\\[[^\\]]+\\]|[\\w$]+)';
  const pattern = new RegExp(`\\b(?:FROM|JOIN)\\s+((?:${identifier}\\.)?${identifier})\\s+(?:AS\\s+)?(${identifier})`, 'gi');
  for (const match of sql.matchAll(pattern)) {
    const table = unquote((match[1] as string).split('.').pop() as string);
    const alias = unquote(match[2] as string);
    if (!notAliases.has(alias.toUpperCase())) aliases.set(alias, table);
  }
  return aliases;
}

function unquote(name: string): string {
  if (name.startsWith('"') && name.endsWith('"')) return name.slice(1, -1).replaceAll('""', '"');
  if ((name.startsWith('`') && name.endsWith('`')) || (name.startsWith('[') && name.endsWith(']'))) return name.slice(1, -1);
  return name;
}
