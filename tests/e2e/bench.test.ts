import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { benchReportSchema } from '../../src/report/bench/schema.js';
import { spawnCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-db.js';

// Short runs: these tests check behaviour, not speed. The timing threshold is wide so that
// a busy test machine cannot fail the A/A run; the counter checks do not depend on timing.
const quick = ['--time', '200', '--rounds', '5', '--iterations', '5'];
let dir: string;

beforeAll(() => {
  dir = tempDir('garage-perf-bench-e2e-');
  const first = spawnCli(['bench', ...quick, '--save-baseline', 'base.json'], dir);
  expect(first.code, first.stderr).toBe(0);
});

describe('garage-perf bench', () => {
  it('builds the small fixture and writes reports that validate against the schema', () => {
    expect(existsSync(join(dir, 'fixtures', 'small-42.db'))).toBe(true);
    const report = benchReportSchema.parse(JSON.parse(readFileSync(join(dir, 'reports', 'bench-latest.json'), 'utf8')));
    expect(report.benchmarks.map((b) => b.id)).toEqual([
      'auth.authenticate',
      'vehicles.register',
      'sessions.start',
      'sessions.end',
      'sessions.active',
      'reports.dailyRevenue',
    ]);
    for (const benchmark of report.benchmarks) {
      expect(benchmark.orm.state, benchmark.id).toBe('completed');
      expect(benchmark.orm.rounds).toHaveLength(5);
      expect(benchmark.counters?.statementsPerCall, benchmark.id).toBeGreaterThan(0);
    }
    expect(readFileSync(join(dir, 'reports', 'bench-latest.md'), 'utf8')).toContain('| sessions.active |');
  });

  it('never writes to the cached fixture', () => {
    const db = new Database(join(dir, 'fixtures', 'small-42.db'), { readonly: true });
    const plates = db.prepare("SELECT count(*) AS n FROM vehicles WHERE license_plate LIKE 'ZZ%'").get() as { n: number };
    db.close();
    expect(plates.n).toBe(0);
  });

  it('passes an A/A comparison with the baseline (exit 0)', () => {
    const result = spawnCli(['bench', ...quick, '--baseline', 'base.json', '--threshold', '200'], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/sessions\.active.*unchanged/);
  });

  it('fails when the index of the active-sessions query is gone, naming the benchmark and the plan change (exit 1)', () => {
    copyFileSync(join(dir, 'fixtures', 'small-42.db'), join(dir, 'no-active-index.db'));
    const db = new Database(join(dir, 'no-active-index.db'));
    db.exec('DROP INDEX parking_sessions_active_idx');
    db.close();
    const result = spawnCli(['bench', ...quick, '--baseline', 'base.json', '--threshold', '200', '--db', 'no-active-index.db'], dir);
    expect(result.code).toBe(1);
    const failures = result.stderr.split('\n').filter((line) => line.startsWith('FAIL'));
    // The plan check fails whatever the timings say; a timing line may join it (the scan is slow).
    expect(failures.every((line) => line.startsWith('FAIL sessions.active: '))).toBe(true);
    expect(failures.some((line) => line.includes('plan changed: SEARCH parking_sessions parking_sessions_active_idx -> SCAN parking_sessions'))).toBe(true);
    expect(readFileSync(join(dir, 'reports', 'bench-latest.md'), 'utf8')).toContain('index dropped: parking_sessions_active_idx');
    // The database given with --db is never opened by SQLite, so it gains no -wal or -shm.
    expect(existsSync(join(dir, 'no-active-index.db-wal'))).toBe(false);
    expect(existsSync(join(dir, 'no-active-index.db-shm'))).toBe(false);
  });

  it('refuses a baseline of other fixture data (exit 2) unless --force-compare', () => {
    const baseline = JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8'));
    baseline.fixture.seed = 43;
    writeFileSync(join(dir, 'other-seed.json'), JSON.stringify(baseline));
    const refused = spawnCli(['bench', ...quick, '--baseline', 'other-seed.json', '--no-report'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n').at(-1)).toMatch(/^garage-perf: baseline other-seed\.json was taken on other fixture data .*--force-compare$/);
    const forced = spawnCli(['bench', ...quick, '--baseline', 'other-seed.json', '--force-compare', '--threshold', '200', '--no-report'], dir);
    expect(forced.code, forced.stderr).toBe(0);
  });

  it('prints the report as JSON on stdout with --json, logs on stderr', () => {
    const result = spawnCli(['--json', 'bench', ...quick, '--suite', 'reporting', '--no-report'], dir);
    expect(result.code, result.stderr).toBe(0);
    const report = benchReportSchema.parse(JSON.parse(result.stdout));
    expect(report.benchmarks.map((b) => b.id)).toEqual(['reports.dailyRevenue', 'reports.occupancy', 'reports.topCustomers']);
  });
});
