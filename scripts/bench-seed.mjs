#!/usr/bin/env node
// npm run bench:seed [-- --scale medium --runs 3]
// Times the seeder (buildFixture: streamed generation, content hash, multi-row inserts,
// indexes after the load, ANALYZE, metadata, WAL, rename) against a raw insert loop of the
// same rows in the same process: the same generators, one single-row prepared INSERT per
// row, one transaction, into bare tables (no indexes, no hash). After an uncounted warm-up of
// both at small, runs alternate (and which goes first); medians are compared. From medium up
// the seeder generates in a worker thread (both cores); the raw loop is the plain
// single-threaded loop anyone would write; each line also shows the CPU seconds it used (all
// threads). Goal: the seeder reaches at least 80% of the raw loop's rows per second.
// A second reference, the naive way (indexes created before the load), is printed too.
// Needs the build (npm run build): it loads dist/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { readMigrations, splitMigrationSql } from '../dist/data/migrations.js';
import { buildFixture, buildWorld, fixtureRows, scaleTable, tableColumns } from '../dist/fixtures/index.js';

const { values } = parseArgs({ options: { scale: { type: 'string', default: 'medium' }, runs: { type: 'string', default: '3' }, seed: { type: 'string', default: '42' } } });
const scale = values.scale;
if (!(scale in scaleTable)) throw new Error(`--scale must be one of ${Object.keys(scaleTable).join(', ')}`);
const runs = Number(values.runs);
const seed = Number(values.seed);
const dir = mkdtempSync(join(tmpdir(), 'garage-perf-bench-seed-'));

async function seeder(run, at = scale) {
  const cpu = process.cpuUsage();
  const built = await buildFixture({ scale: at, seed, out: join(dir, `seeder-${run}.db`) });
  return { rows: built.rows, seconds: built.seconds, cpuSeconds: cpuSecondsSince(cpu) };
}

/** CPU time of every thread of this process (user + system) since `start`. */
function cpuSecondsSince(start) {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function rawLoop(run, withIndexes, at = scale) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const path = join(dir, `raw-${run}.db`);
  const db = new Database(path);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('locking_mode = EXCLUSIVE');
  const { tables, indexes } = splitMigrationSql(readMigrations().map((m) => m.sql).join(';\n'));
  for (const statement of withIndexes ? [...tables, ...indexes] : tables) db.exec(statement);
  const insert = Object.fromEntries(
    Object.entries(tableColumns).map(([table, columns]) => [
      table,
      db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`),
    ]),
  );
  let rows = 0;
  db.exec('BEGIN');
  for (const [table, row] of fixtureRows(buildWorld(seed, scaleTable[at]))) {
    insert[table].run(row);
    rows++;
  }
  db.exec('COMMIT');
  db.close();
  return { rows, seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSecondsSince(cpu) };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const results = { seeder: [], raw: [], naive: [] };
// Warm-up, not counted: the first pass of either pays for compiling the shared generators.
await seeder('warm-up', 'small');
rawLoop('warm-up', false, 'small');
for (let run = 0; run < runs; run++) {
  // Alternate which goes first, so neither always runs on the other's page cache and heap.
  if (run % 2 === 1) results.raw.push(rawLoop(run, false));
  results.seeder.push(await seeder(run));
  if (run % 2 === 0) results.raw.push(rawLoop(run, false));
  results.naive.push(rawLoop(`naive-${run}`, true));
  for (const name of [`seeder-${run}.db`, `raw-${run}.db`, `raw-naive-${run}.db`]) rmSync(join(dir, name), { force: true });
}
rmSync(dir, { recursive: true, force: true });
const rate = (list) => median(list.map((r) => r.rows / r.seconds));
const line = (name, list) =>
  `${name.padEnd(44)} ${median(list.map((r) => r.seconds)).toFixed(2).padStart(7)} s ${Math.round(rate(list)).toLocaleString('en-US').padStart(11)} rows/s` +
  ` ${median(list.map((r) => r.cpuSeconds)).toFixed(2).padStart(7)} CPU s`;
console.log(`bench:seed  scale ${scale}, seed ${seed}, ${results.seeder[0].rows.toLocaleString('en-US')} rows, median of ${runs} runs`);
console.log(line('seeder (complete fixture, indexed, ANALYZEd)', results.seeder));
console.log(line('raw insert loop (bare tables)', results.raw));
console.log(line('raw insert loop (indexes created first)', results.naive));
const ratio = rate(results.seeder) / rate(results.raw);
console.log(`seeder / raw loop: ${(ratio * 100).toFixed(0)}% (goal >= 80%)`);
console.log(`seeder / naive loop: ${((rate(results.seeder) / rate(results.naive)) * 100).toFixed(0)}%`);
process.exitCode = 0;
