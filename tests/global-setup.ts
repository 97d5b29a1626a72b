import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** e2e tests spawn bin/garage-perf, which loads dist/: fail early with the fix if it is missing. */
export default function setup(): void {
  if (!existsSync(join(import.meta.dirname, '..', 'dist', 'cli', 'main.js'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm install runs it) before the tests');
  }
}
