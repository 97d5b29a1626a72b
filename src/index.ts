/**
 * garage-perf as a library: the data layer, fixtures, benchmarks and index analysis.
 * Everything here returns data and throws typed errors; nothing prints or exits.
 */
export { loadConfig } from './config/load-config.js';
export { configSchema, type GaragePerfConfig } from './config/schema.js';
export * from './errors.js';

export { applyMigrations, readMigrations, schemaHash } from './data/migrations.js';
export { type GarageClient, type GarageDatabase, openDatabase, pingDatabase } from './data/open-database.js';
export * from './data/operations/index.js';
export * as rawTwins from './data/raw/index.js';
export { type DatabaseSettings, type Environment, resolveDatabaseSettings, settingsByEnvironment } from './data/settings.js';
export { type CapturedStatement, captureStatements } from './data/statement-capture.js';

export * from './fixtures/index.js';

export { allCases, benchmarkCases, type BenchmarkCase, type SuiteName, suiteNames } from './bench/cases/index.js';
export { loadBaseline } from './bench/baseline.js';
export { type BenchProgress, runBench, type RunBenchOptions } from './bench/run-bench.js';
export * as statistics from './bench/statistics/index.js';
export * as compare from './bench/compare/index.js';

export * from './indexes/index.js';

export { type BenchReport, benchReportSchema } from './report/bench/schema.js';
export { renderBenchMarkdown } from './report/bench/render-markdown.js';
export { type IndexesReport, indexesReportSchema } from './report/indexes/schema.js';
export { reportJsonSchemas } from './report/json-schemas.js';
export { writeReport } from './report/write-report.js';
