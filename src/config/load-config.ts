import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../errors.js';
import { readJsonFile } from './read-json-file.js';
import { configSchema, type GaragePerfConfig } from './schema.js';

export const configFileName = 'garage-perf.config.json';

/** Reads and validates garage-perf.config.json in `cwd`; an absent file is an empty config. */
export function loadConfig(cwd: string, explicitPath?: string): { config: GaragePerfConfig; path: string | undefined } {
  const path = explicitPath ?? join(cwd, configFileName);
  if (!existsSync(path)) {
    if (explicitPath) throw messages.fileNotFound('config', explicitPath);
    return { config: {}, path: undefined };
  }
  const config = readJsonFile(path, configSchema, {
    missing: () => messages.fileNotFound('config', path),
    unreadable: (detail) => messages.unreadableConfig(path, detail),
    invalid: (detail) => messages.invalidConfig(path, detail),
  });
  return { config, path };
}
