import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexesReportSchema } from '../../src/report/indexes/schema.js';
import { buildEveryKindDatabase } from '../helpers/every-kind-db.js';
import { hashFiles } from '../helpers/hash-files.js';
import { spawnCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-db.js';

let dir: string;

beforeAll(() => {
  dir = tempDir('garage-perf-indexes-e2e-');
});

describe('garage-perf indexes', () => {
  it('analyzes the small fixture with the critical workload by default, in Prisma terms, and writes a valid report', () => {
    const result = spawnCli(['indexes', '--save-workload', 'critical.json'], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('unindexed-foreign-key');
    const report = indexesReportSchema.parse(JSON.parse(readFileSync(join(dir, 'reports', 'indexes-latest.json'), 'utf8')));
    expect(report.workload?.name).toBe('critical');
    expect(report.findings.filter((f) => f.kind === 'full-scan' || f.kind === 'temp-btree')).toEqual([]);
    // parking_sessions_completed_idx serves a report, which the critical workload does not run.
    const unused = report.findings.find((f) => f.kind === 'unused' && f.index === 'parking_sessions_completed_idx');
    expect(unused?.fix?.prisma).toBe('model ParkingSession: remove @@index([userId, startTime, amountCents])');
  });

  it('analyzes a saved capture file the same way as the live capture', () => {
    const result = spawnCli(['--json', 'indexes', '--workload', 'critical.json', '--no-verify', '--no-report'], dir);
    expect(result.code, result.stderr).toBe(0);
    const report = indexesReportSchema.parse(JSON.parse(result.stdout));
    expect(report.workload?.name).toBe('critical.json');
    expect(report.statements.length).toBeGreaterThan(5);
  });

  it('exits 1 when a finding named by --fail-on exists, and says which', () => {
    const db = buildEveryKindDatabase().path;
    const result = spawnCli(['indexes', '--db', db, '--fail-on', 'duplicate,redundant-prefix', '--no-report'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('FAIL findings of kinds named by --fail-on: duplicate, redundant-prefix');
    expect(spawnCli(['indexes', '--db', db, '--fail-on', 'full-scan', '--no-report'], dir).code).toBe(0);
  });

  it('analyzes any database with a .sql workload: every finding kind, JSON on stdout only, the file untouched', () => {
    const { path, workload } = buildEveryKindDatabase({ wal: true });
    const before = hashFiles(path);
    const result = spawnCli(['--json', 'indexes', '--db', path, '--workload', workload, '--fail-on', 'missing,unused', '--no-report'], dir);
    expect(result.code, result.stderr).toBe(1);
    expect(hashFiles(path)).toEqual(before);
    const report = indexesReportSchema.parse(JSON.parse(result.stdout));
    expect(new Set(report.findings.map((finding) => finding.kind)).size).toBe(10);
    expect(report.failedKinds).toEqual(['missing', 'unused']);
    expect(result.stderr).toContain('FAIL findings of kinds named by --fail-on: missing, unused');
  });

  it('rejects bad input with one line and exit 2', () => {
    for (const argv of [
      ['indexes', '--fail-on', 'slowness'],
      ['indexes', '--db', 'missing.db'],
      ['indexes', '--min-speedup', 'fast'],
      ['indexes', '--db', 'x.db', '--scale', 'small'],
      ['indexes', '--workload', 'nothing-here.sql', '--db', buildEveryKindDatabase().path],
      ['indexes', '--db', buildEveryKindDatabase().path, '--save-workload', 'w.json'],
      ['indexes', '--db', buildEveryKindDatabase().path, '--schema', 'no-such.prisma'],
    ]) {
      const result = spawnCli([...argv, '--no-report'], dir);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n').at(-1), argv.join(' ')).toMatch(/^garage-perf: /);
    }
  });
});
