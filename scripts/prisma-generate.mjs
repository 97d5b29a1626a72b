// Runs `prisma generate`. Every Prisma CLI command first tries to download the native
// schema engine, which `generate` never uses. Where that download is impossible (a machine
// that reaches only the npm registry), retry with PRISMA_SCHEMA_ENGINE_BINARY pointing at a
// placeholder file and say so. Where the internet is reachable, nothing changes.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');
const downloadFailure = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|binaries\.prisma\.sh|fetch failed|Failed to fetch/i;

function generate(env) {
  return spawnSync(process.execPath, [prismaCli, 'generate', '--no-hints'], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

let result = generate(process.env);
if (result.status !== 0 && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (downloadFailure.test(output) || result.error) {
    process.stderr.write(
      'prisma generate: the schema-engine download is not reachable; generating without it ' +
        '(PRISMA_SCHEMA_ENGINE_BINARY set to a placeholder; generate does not use the engine).\n',
    );
    result = generate({ ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath });
  }
}
process.stdout.write(result.stdout ?? '');
process.stderr.write(result.stderr ?? '');
process.exit(result.status ?? 1);
