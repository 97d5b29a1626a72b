import type { IndexInfo, Inventory } from '../inventory/types.js';
import { quoteIdentifier } from '../sql-names.js';
import type { Finding } from './types.js';

/** Share of a table one key may match before an index on it is low-selectivity. */
const lowSelectivityShare = 0.1;
const minRowsForSelectivity = 100;

/** Every finding that needs no workload: duplicates, redundant prefixes, rowid suffixes, selectivity, FK indexes. */
export function findStructuralIssues(inventory: Inventory): Finding[] {
  return [
    ...findDuplicateIndexes(inventory),
    ...findRedundantPrefixIndexes(inventory),
    ...findIndexesDuplicatingUnique(inventory),
    ...findRowidSuffixIndexes(inventory),
    ...findLowSelectivityIndexes(inventory),
    ...findUnindexedForeignKeys(inventory),
  ];
}

/** Same columns, order, sort order, collation, uniqueness and predicate as another index. */
function findDuplicateIndexes(inventory: Inventory): Finding[] {
  const findings: Finding[] = [];
  for (const [a, b] of pairsOnSameTable(inventory.indexes)) {
    if (sameKey(a, b) && a.unique === b.unique && a.where === b.where) {
      // Keep the one backing a constraint; otherwise the name that sorts first.
      const [keep, drop] = (backsConstraint(b) && !backsConstraint(a)) || (backsConstraint(a) === backsConstraint(b) && b.name < a.name) ? [b, a] : [a, b];
      if (drop.origin !== 'c') continue;
      findings.push({
        kind: 'duplicate',
        severity: 'high',
        table: drop.table,
        index: drop.name,
        evidence: `${drop.name} has the same key as ${keep.name}: ${describeKey(drop)}`,
        fix: dropFix(drop),
      });
    }
  }
  return findings;
}

/** A plain index whose key is a left prefix of another index's key (same predicate). */
function findRedundantPrefixIndexes(inventory: Inventory): Finding[] {
  const findings: Finding[] = [];
  for (const shorter of inventory.indexes) {
    if (shorter.unique || backsConstraint(shorter)) continue;
    const longer = inventory.indexes.find(
      (other) => other !== shorter && other.table === shorter.table && other.where === shorter.where && isStrictPrefix(shorter, other),
    );
    if (!longer) continue;
    findings.push({
      kind: 'redundant-prefix',
      severity: 'high',
      table: shorter.table,
      index: shorter.name,
      evidence: `${describeKey(shorter)} is a left prefix of ${longer.name} ${describeKey(longer)}, which serves the same lookups`,
      fix: dropFix(shorter),
    });
  }
  return findings;
}

/** A plain index on exactly the columns of a UNIQUE constraint or the primary key. */
function findIndexesDuplicatingUnique(inventory: Inventory): Finding[] {
  const findings: Finding[] = [];
  for (const plain of inventory.indexes.filter((index) => !index.unique && index.where === undefined)) {
    const unique = inventory.indexes.find((other) => other.unique && other.table === plain.table && other.where === undefined && sameColumnNames(plain, other));
    const table = inventory.tables.find((t) => t.name === plain.table);
    const onRowid = table?.rowidAlias !== undefined && plain.columns.length === 1 && plain.columns[0]?.name === table.rowidAlias;
    if (!unique && !onRowid) continue;
    findings.push({
      kind: 'duplicates-unique',
      severity: 'high',
      table: plain.table,
      index: plain.name,
      evidence: unique
        ? `${plain.name} ${describeKey(plain)} repeats the unique ${unique.origin === 'pk' ? 'primary key' : 'constraint'} ${unique.name}`
        : `${plain.name} indexes the INTEGER PRIMARY KEY ${table?.rowidAlias}, which is the table's own key`,
      fix: dropFix(plain),
    });
  }
  return findings;
}

/** An index whose last column is the INTEGER PRIMARY KEY: every index entry carries the rowid anyway. */
function findRowidSuffixIndexes(inventory: Inventory): Finding[] {
  const findings: Finding[] = [];
  for (const index of inventory.indexes) {
    const table = inventory.tables.find((t) => t.name === index.table);
    const last = index.columns.at(-1)?.name;
    if (!table?.rowidAlias || index.columns.length < 2 || last !== table.rowidAlias || index.unique) continue;
    const kept = index.columns.slice(0, -1);
    findings.push({
      kind: 'rowid-suffix',
      severity: 'low',
      table: index.table,
      index: index.name,
      evidence: `${index.name} ends with ${last}, the INTEGER PRIMARY KEY that every index entry already holds`,
      fix: {
        sql: `DROP INDEX ${quoteIdentifier(index.name)}; CREATE INDEX ${quoteIdentifier(index.name)} ON ${quoteIdentifier(index.table)}(${kept
          .map((column) => quoteIdentifier(column.name ?? ''))
          .join(', ')})${index.where ? ` WHERE ${index.where}` : ''};`,
      },
      proposedIndex: { columns: kept.map((column) => column.name ?? ''), ...(index.where ? { where: index.where } : {}) },
    });
  }
  return findings;
}

/** From sqlite_stat1: each key of the whole index matches a large share of the table. */
function findLowSelectivityIndexes(inventory: Inventory): Finding[] {
  const findings: Finding[] = [];
  for (const index of inventory.indexes) {
    if (index.unique || !index.stat || index.stat.length < 2) continue;
    const rows = index.stat[0] ?? 0;
    const perKey = index.stat[index.stat.length - 1] ?? 0;
    if (rows < minRowsForSelectivity || perKey / rows < lowSelectivityShare) continue;
    findings.push({
      kind: 'low-selectivity',
      severity: 'medium',
      table: index.table,
      index: index.name,
      evidence: `each key of ${describeKey(index)} matches ~${perKey.toLocaleString('en-US')} of ${rows.toLocaleString('en-US')} rows (${Math.round((100 * perKey) / rows)}%); a scan is about as fast and the index costs every write`,
      fix: dropFix(index),
    });
  }
  return findings;
}

/** Child columns of a foreign key with no full index starting with them. */
function findUnindexedForeignKeys(inventory: Inventory): Finding[] {
  const findings: Finding[] = [];
  for (const key of inventory.foreignKeys) {
    const covered = inventory.indexes.some(
      (index) => index.table === key.table && index.where === undefined && leadsWith(index, key.columns),
    );
    const table = inventory.tables.find((t) => t.name === key.table);
    const coveredByRowid = key.columns.length === 1 && table?.rowidAlias === key.columns[0];
    if (covered || coveredByRowid) continue;
    const name = `${key.table}_${key.columns.join('_')}_idx`;
    findings.push({
      kind: 'unindexed-foreign-key',
      severity: (table?.rows ?? 0) > 10_000 ? 'medium' : 'low',
      table: key.table,
      evidence: `foreign key (${key.columns.join(', ')}) -> ${key.parentTable} has no index starting with it: deleting or re-keying a ${key.parentTable} row scans ${key.table} (${(table?.rows ?? 0).toLocaleString('en-US')} rows)`,
      fix: { sql: `CREATE INDEX ${quoteIdentifier(name)} ON ${quoteIdentifier(key.table)}(${key.columns.map(quoteIdentifier).join(', ')});` },
      proposedIndex: { columns: [...key.columns] },
    });
  }
  return findings;
}

/** True for the index of a PRIMARY KEY or UNIQUE constraint, or any unique index. */
export function backsConstraint(index: IndexInfo): boolean {
  return index.origin !== 'c' || index.unique;
}

function describeKey(index: IndexInfo): string {
  const columns = index.columns.map((column) => `${column.name ?? '<expr>'}${column.desc ? ' DESC' : ''}${column.collation !== 'BINARY' ? ` COLLATE ${column.collation}` : ''}`);
  return `(${columns.join(', ')})${index.where ? ` WHERE ${index.where}` : ''}`;
}

function dropFix(index: IndexInfo): Finding['fix'] {
  return { sql: `DROP INDEX ${quoteIdentifier(index.name)};` };
}

function columnKey(index: IndexInfo): string[] {
  // PRAGMA index_xinfo names no expression, so two expression columns are never taken as equal.
  return index.columns.map((column, position) => `${column.name ?? `<expr ${index.name} ${position}>`}|${column.desc}|${column.collation}`);
}

function sameKey(a: IndexInfo, b: IndexInfo): boolean {
  return columnKey(a).join(',') === columnKey(b).join(',');
}

function sameColumnNames(a: IndexInfo, b: IndexInfo): boolean {
  const names = (index: IndexInfo) => index.columns.map((c) => c.name);
  return !names(a).includes(null) && names(a).join(',') === names(b).join(',');
}

function isStrictPrefix(shorter: IndexInfo, longer: IndexInfo): boolean {
  const a = columnKey(shorter);
  const b = columnKey(longer);
  return a.length < b.length && a.every((column, position) => column === b[position]);
}

function leadsWith(index: IndexInfo, columns: string[]): boolean {
  const leading = index.columns.slice(0, columns.length).map((column) => column.name);
  return leading.length === columns.length && columns.every((column) => leading.includes(column));
}

function* pairsOnSameTable(indexes: IndexInfo[]): Generator<[IndexInfo, IndexInfo]> {
  for (let i = 0; i < indexes.length; i++) {
    for (let j = i + 1; j < indexes.length; j++) {
      const a = indexes[i] as IndexInfo;
      const b = indexes[j] as IndexInfo;
      if (a.table === b.table) yield [a, b];
    }
  }
}
