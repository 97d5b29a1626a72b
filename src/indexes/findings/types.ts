/** Every kind of finding, most structural first. */
export const findingKinds = [
  'duplicate',
  'redundant-prefix',
  'duplicates-unique',
  'rowid-suffix',
  'low-selectivity',
  'unindexed-foreign-key',
  'unused',
  'full-scan',
  'temp-btree',
  'missing',
] as const;
export type FindingKind = (typeof findingKinds)[number];

/** Every severity, most severe first: the order findings are listed in. */
export const severities = ['high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof severities)[number];

/** Whether dropping an index is safe, and why not. */
export interface DropSafety {
  safe: boolean;
  reasons: string[];
}

/** The measured effect of a candidate index, tried on a copy. */
export interface Verification {
  medianMsBefore: number;
  medianMsAfter: number;
  speedup: number;
  insertMsBefore?: number;
  insertMsAfter?: number;
  planBefore: string;
  planAfter: string;
}

/** One finding: what is wrong, the evidence, and the fix as SQL (and as a schema.prisma edit). */
export interface Finding {
  kind: FindingKind;
  severity: Severity;
  table: string;
  index?: string;
  /** The statement shape a usage finding is about. */
  statement?: string;
  evidence: string;
  fix?: { sql: string; prisma?: string };
  dropSafety?: DropSafety;
  /** For `missing` and `unindexed-foreign-key`: the index proposed; for `rowid-suffix`: the index that replaces it. */
  proposedIndex?: { columns: string[]; where?: string };
  /** For `missing`: the timing on a copy; absent with --no-verify. */
  verification?: Verification;
}
