import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, spawnCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-db.js';

const version = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;

describe('garage-perf (spawned)', () => {
  it('lists the commands with descriptions and examples in --help', () => {
    const result = spawnCli(['--help'], tempDir());
    expect(result.code).toBe(0);
    for (const command of ['seed', 'bench', 'indexes']) expect(result.stdout).toMatch(new RegExp(`^\\s+${command}\\b.+\\S`, 'm'));
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('Exit codes');
  });

  it('prints its version', () => {
    const result = spawnCli(['--version'], tempDir());
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('answers an unknown command with one line and exit code 2', () => {
    const result = spawnCli(['bogus'], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('garage-perf (in-process)', () => {
  it('rejects an unknown flag with exit code 2', async () => {
    const result = await runInProcess(['bench', '--no-such-flag'], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown option '--no-such-flag'/);
  });

  it('rejects a config with an unknown key, naming it, before doing any work', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'garage-perf.config.json'), '{"benchh": {}}');
    const result = await runInProcess(['bench'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/benchh/);
  });

  it('rejects bad bench values with the flag and what it expects', async () => {
    const dir = tempDir();
    for (const argv of [
      ['bench', '--time', 'soon'],
      ['bench', '--suite', 'fastest'],
      ['bench', '--scale', 'huge'],
      ['bench', '--alpha', '2'],
      ['bench', '--db', 'a.db', '--scale', 'small'],
      // Past 2^31 - 1 a seed would be folded onto a smaller one: same data under another name.
      ['bench', '--seed', '4294967338'],
    ]) {
      const result = await runInProcess(argv, dir);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
    }
  });

  it('prints a stack trace only with --debug', async () => {
    const dir = tempDir();
    const plain = await runInProcess(['bench', '--db', join(dir, 'missing.db')], dir);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/^garage-perf: database not found: .*missing\.db: check the path\n$/);
    const debug = await runInProcess(['--debug', 'bench', '--db', join(dir, 'missing.db')], dir);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});
