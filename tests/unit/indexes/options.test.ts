import { describe, expect, it } from 'vitest';
import { resolveIndexesFlags } from '../../../src/indexes/options.js';
import { defaultSchemaPath } from '../../../src/paths.js';

describe('resolveIndexesFlags', () => {
  it('defaults to the small fixture, the critical workload, the project schema and verification', () => {
    expect(resolveIndexesFlags({}, {}, '/work')).toEqual({
      target: { fixture: { scale: 'small', seed: 42, dir: '/work/fixtures' } },
      workload: 'critical',
      schemaPath: defaultSchemaPath,
      verify: true,
      minSpeedup: 2,
      failOn: [],
      saveWorkload: undefined,
      reportDir: '/work/reports',
    });
  });

  it('with --db: no workload and no schema unless given; files resolved from the working directory', () => {
    const run = resolveIndexesFlags({ db: 'app.db', workload: 'q.sql', verify: false, report: false }, {}, '/work');
    expect(run).toMatchObject({ target: { db: '/work/app.db' }, workload: '/work/q.sql', schemaPath: undefined, verify: false, reportDir: undefined });
    expect(resolveIndexesFlags({ db: 'app.db' }, {}, '/work').workload).toBeUndefined();
    expect(resolveIndexesFlags({ db: 'app.db', workload: 'all' }, {}, '/work').workload).toBe('all');
  });

  it('takes the config under the flags', () => {
    const config = { reportDir: 'out', indexes: { minSpeedup: 3, failOn: ['duplicate'] } };
    expect(resolveIndexesFlags({}, config, '/w')).toMatchObject({ minSpeedup: 3, failOn: ['duplicate'], reportDir: '/w/out' });
    expect(resolveIndexesFlags({ minSpeedup: '1.5', failOn: 'full-scan, temp-btree' }, config, '/w')).toMatchObject({ minSpeedup: 1.5, failOn: ['full-scan', 'temp-btree'] });
  });

  it.each([
    [{ failOn: 'slowness' }, 'invalid value for --fail-on: "slowness"'],
    [{ minSpeedup: '0' }, 'invalid value for --min-speedup'],
    [{ minSpeedup: 'fast' }, 'invalid value for --min-speedup'],
    [{ seed: '-1' }, 'invalid value for --seed'],
    [{ scale: 'huge' }, 'invalid value for --scale'],
    [{ db: 'a.db', scale: 'small' }, '--db and --scale cannot be used together'],
    [{ db: 'a.db', saveWorkload: 'w.json' }, '--save-workload w.json needs a workload'],
  ])('rejects %o', (flags, message) => {
    expect(() => resolveIndexesFlags(flags, {}, '/w')).toThrow(message);
  });

  it('rejects an unknown kind in the config, naming where it is', () => {
    expect(() => resolveIndexesFlags({}, { indexes: { failOn: ['dup'] } }, '/w')).toThrow('invalid value for indexes.failOn in the config: "dup"');
  });
});
