import type { Finding, FindingKind } from './findings/types.js';
import type { PrismaNames } from './prisma-names.js';

type PrismaFix = (finding: Finding, names: PrismaNames) => string | undefined;

const removeIndex: PrismaFix = (finding, names) => (finding.index ? names.removeIndex(finding.index) : undefined);
const addProposed: PrismaFix = (finding, names) =>
  finding.proposedIndex ? names.addIndex(finding.table, finding.proposedIndex.columns, finding.proposedIndex.where) : undefined;
const none: PrismaFix = () => undefined;

/** The schema.prisma edit that does what each kind of finding's SQL fix does. */
const prismaFixes: Record<FindingKind, PrismaFix> = {
  duplicate: removeIndex,
  'redundant-prefix': removeIndex,
  'duplicates-unique': removeIndex,
  'low-selectivity': removeIndex,
  unused: removeIndex,
  // DROP and CREATE again without the key column: the declared @@index, replaced.
  'rowid-suffix': (finding, names) =>
    finding.index && finding.proposedIndex ? names.replaceIndex(finding.index, finding.proposedIndex.columns, finding.proposedIndex.where) : undefined,
  'unindexed-foreign-key': addProposed,
  missing: addProposed,
  'full-scan': none,
  'temp-btree': none,
};

/**
 * A finding's fix as a schema.prisma edit, chosen by its kind; undefined when the finding
 * has no fix or the schema does not declare what it names.
 */
export function prismaFix(finding: Finding, names: PrismaNames): string | undefined {
  return finding.fix ? prismaFixes[finding.kind](finding, names) : undefined;
}
