import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { InputError } from '../../../src/errors.js';

function folderWith(config: string | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'garage-perf-config-'));
  if (config !== undefined) writeFileSync(join(dir, 'garage-perf.config.json'), config);
  return dir;
}

describe('loadConfig', () => {
  it('treats a missing file as an empty config', () => {
    expect(loadConfig(folderWith(undefined))).toEqual({ config: {}, path: undefined });
  });

  it('reads budgets and settings', () => {
    const { config } = loadConfig(folderWith('{"bench":{"budgets":{"auth.authenticate":5}},"environment":"ci"}'));
    expect(config.bench?.budgets?.['auth.authenticate']).toBe(5);
    expect(config.environment).toBe('ci');
  });

  it('rejects an unknown key, naming it', () => {
    const dir = folderWith('{"bench":{"budget":{}}}');
    expect(() => loadConfig(dir)).toThrow(InputError);
    expect(() => loadConfig(dir)).toThrow(/budget.*\(at: bench/);
  });

  it('rejects a wrong type with the path and what was expected', () => {
    expect(() => loadConfig(folderWith('{"bench":{"rounds":"ten"}}'))).toThrow(/at: bench\.rounds, expected: number/);
  });

  it('rejects text that is not JSON', () => {
    expect(() => loadConfig(folderWith('{nope'))).toThrow(/cannot read config/);
  });

  it('tells text that is not JSON from a shape error by the failure, not by the wording', () => {
    expect(() => loadConfig(folderWith('(at: bench'))).toThrow(/^cannot read config .*\(at: bench/);
    expect(() => loadConfig(folderWith('[]'))).toThrow(/^invalid config .*\(at: \(root\)/);
  });
});
