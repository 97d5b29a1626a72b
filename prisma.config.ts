import { defineConfig } from 'prisma/config';

// garage-perf opens databases through the better-sqlite3 driver adapter at run time;
// this file only tells the Prisma CLI where the schema and migrations live.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./fixtures/prisma-cli.db' },
});
