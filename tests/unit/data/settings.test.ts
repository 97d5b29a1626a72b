import { describe, expect, it } from 'vitest';
import { pragmaStatements, resolveDatabaseSettings, settingsByEnvironment } from '../../../src/data/settings.js';

describe('database settings', () => {
  it('give every environment WAL, NORMAL sync and foreign keys', () => {
    for (const settings of Object.values(settingsByEnvironment)) {
      expect(settings).toMatchObject({ journalMode: 'WAL', synchronous: 'NORMAL', foreignKeys: true });
    }
  });

  it('apply overrides and validate them', () => {
    expect(resolveDatabaseSettings('ci', { busyTimeoutMs: 1 }).busyTimeoutMs).toBe(1);
    expect(() => resolveDatabaseSettings('ci', { busyTimeoutMs: -5 })).toThrow();
    expect(() => resolveDatabaseSettings('ci', { journalMode: 'WALL' as never })).toThrow();
  });

  it('set busy_timeout before journal_mode, so switching to WAL can wait for a lock', () => {
    const statements = pragmaStatements(settingsByEnvironment.production);
    expect(statements[0]).toBe('PRAGMA busy_timeout = 5000');
    expect(statements).toContain('PRAGMA journal_mode = WAL');
    expect(statements).toContain('PRAGMA mmap_size = 1073741824');
  });
});
