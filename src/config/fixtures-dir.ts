import { resolve } from 'node:path';
import type { GaragePerfConfig } from './schema.js';

/** Where fixtures live: `fixturesDir` from the config, else `fixtures/`, relative to `cwd`. */
export function fixturesDirFor(config: GaragePerfConfig, cwd: string): string {
  return resolve(cwd, config.fixturesDir ?? 'fixtures');
}
