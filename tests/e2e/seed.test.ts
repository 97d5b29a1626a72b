import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, type CliResult, cliEnv, spawnCli, spawnCliMeasuringMemory } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-db.js';

/** Starts bin/garage-perf without waiting; resolves with its result when it exits. */
function startCli(argv: string[], cwd: string) {
  const child = spawn(process.execPath, [binPath, ...argv], { cwd, env: cliEnv() });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliResult & { signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr })),
  );
  return { child, done };
}

async function waitFor(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('garage-perf seed', () => {
  it('builds fixtures/small-42.db and prints one JSON summary, then reuses it', () => {
    const cwd = tempDir();
    const first = spawnCli(['seed', '--json'], cwd);
    expect(first.code, first.stderr).toBe(0);
    const summary = JSON.parse(first.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ path: join(cwd, 'fixtures', 'small-42.db'), scale: 'small', seed: 42, reused: false });
    expect(summary.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(summary.rowCounts).toMatchObject({ users: 1000, vehicles: 1500, parking_sessions: 10_000 });
    expect(summary.rowsPerSecond).toBeGreaterThan(0);
    expect(summary.contentHash).toBe('e8e72884efd63ef694baf4ce9f8e9f294c8d5b3ac544642d7b63bd1a46f16e55');
    const second = spawnCli(['seed', '--json'], cwd);
    expect(JSON.parse(second.stdout)).toMatchObject({ reused: true, contentHash: summary.contentHash });
  });

  it('builds medium in its generator thread with the content the in-thread generator gives, in flat memory', () => {
    // From medium up the built CLI generates in a worker thread; the integration tests run the
    // same generator in-thread from sources: both must give the golden hash of medium/42.
    const run = spawnCliMeasuringMemory(['seed', '--scale', 'medium', '--out', 'medium.db', '--json'], tempDir());
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      rows: 221_798,
      contentHash: '5243664708754721d02a39bf3656df3ff8d82eab40e89a3870a4f026e5df104b',
    });
    // Streamed, never collected: medium's 221,798 rows held in arrays alone would pass 200 MB.
    expect(run.maxRssMb).toBeLessThan(200);
  });

  it('prints a human summary, and nothing with --quiet', () => {
    const cwd = tempDir();
    const human = spawnCli(['seed', '--seed', '7', '--out', 'x.db'], cwd);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toMatch(/content hash [0-9a-f]{64}/);
    const quiet = spawnCli(['--quiet', 'seed', '--seed', '7', '--out', 'x.db', '--force'], cwd);
    expect(quiet).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it.each([
    [['seed', '--scale', 'huge'], /invalid value for --scale: "huge"/],
    [['seed', '--seed', '1.5'], /invalid value for --seed: "1.5"/],
    [['seed', '--seed', 'abc'], /invalid value for --seed/],
    [['seed', '--out', 'missing/dir/x.db'], /does not exist/],
  ])('rejects bad input %j with one line and exit 2, changing nothing', (argv, message) => {
    const cwd = tempDir();
    const result = spawnCli(argv, cwd);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('refuses to overwrite a file that is not a fixture unless --force', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'app.db'), 'my data');
    const refused = spawnCli(['seed', '--out', 'app.db'], cwd);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/app\.db exists and is not a garage-perf fixture: .*--force/);
    expect(readFileSync(join(cwd, 'app.db'), 'utf8')).toBe('my data');
    expect(readdirSync(cwd)).toEqual(['app.db']);
    expect(spawnCli(['seed', '--out', 'app.db', '--force'], cwd).code).toBe(0);
  });

  it('leaves no fixture at the target when killed part-way; the next run cleans up and succeeds', async () => {
    const cwd = tempDir();
    const target = join(cwd, 'm.db');
    const { child, done } = startCli(['seed', '--scale', 'medium', '--out', 'm.db'], cwd);
    await waitFor(() => existsSync(`${target}.${child.pid}.tmp`));
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(cwd).some((name) => name.includes('.tmp'))).toBe(true);

    const rerun = spawnCli(['seed', '--out', 'm.db', '--json'], cwd);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(readdirSync(cwd)).toEqual(['m.db']);
  });

  it('builds once when two processes seed the same file at once', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'out'));
    const runs = [startCli(['seed', '--out', 'out/s.db', '--json'], cwd), startCli(['seed', '--out', 'out/s.db', '--json'], cwd)];
    const results = await Promise.all(runs.map((run) => run.done));
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    const summaries = results.map((result) => JSON.parse(result.stdout) as { reused: boolean; contentHash: string });
    expect(summaries.map((summary) => summary.reused).sort()).toEqual([false, true]);
    expect(summaries[0]?.contentHash).toBe(summaries[1]?.contentHash);
    expect(readdirSync(join(cwd, 'out'))).toEqual(['s.db']);
  });
});
