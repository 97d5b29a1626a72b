import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: src/ and dist/ both sit one level below it. */
export const packageRoot = dirname(dirname(fileURLToPath(import.meta.url)));

export const defaultSchemaPath = join(packageRoot, 'prisma', 'schema.prisma');
export const migrationsDir = join(packageRoot, 'prisma', 'migrations');
