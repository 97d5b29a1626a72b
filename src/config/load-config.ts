import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatZodError, messages } from '../errors.js';
import { configSchema, type GaragePerfConfig } from './schema.js';

export const configFileName = 'garage-perf.config.json';

/** Reads and validates garage-perf.config.json in `cwd`; an absent file is an empty config. */
export function loadConfig(cwd: string, explicitPath?: string): { config: GaragePerfConfig; path: string | undefined } {
  const path = explicitPath ?? join(cwd, configFileName);
  if (!existsSync(path)) {
    if (explicitPath) throw messages.fileNotFound('config', explicitPath);
    return { config: {}, path: undefined };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw messages.unreadableConfig(path, (error as Error).message);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) throw messages.invalidConfig(path, formatZodError(parsed.error));
  return { config: parsed.data, path };
}
