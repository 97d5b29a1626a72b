/** One SQL statement as the driver adapter received it, with values as better-sqlite3 binds them. */
export interface CapturedStatement {
  sql: string;
  params: unknown[];
  kind: 'query' | 'execute';
  rows: number;
  durationMs: number;
}

export type StatementListener = (statement: CapturedStatement) => void;

interface ArgTypeLike {
  scalarType?: string;
}
interface SqlQueryLike {
  sql: string;
  args: unknown[];
  argTypes?: ArgTypeLike[];
}

/**
 * Wraps a Prisma driver adapter factory so that every statement Prisma sends, inside
 * transactions too, reaches `listener`. Capturing at the adapter sees exactly what SQLite
 * runs, which Prisma's own query events do not promise.
 */
export function captureStatements<Factory extends object>(factory: Factory, listener: () => StatementListener | undefined): Factory {
  return new Proxy(factory, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function') return value;
      if (property === 'connect' || property === 'connectToShadowDb') {
        return async (...args: unknown[]) => wrapQueryable(await value.apply(target, args), listener);
      }
      return value.bind(target);
    },
  });
}

/** The value better-sqlite3 binds for a Prisma argument (the adapter's iso8601 mapping). */
export function toDriverValue(arg: unknown, argType: ArgTypeLike | undefined): unknown {
  if (arg === null || arg === undefined) return null;
  const scalar = argType?.scalarType;
  if (typeof arg === 'boolean') return arg ? 1 : 0;
  // SQLite binds an integer the same way either way; a number keeps captures JSON-friendly.
  const big = typeof arg === 'bigint' ? arg : typeof arg === 'string' && scalar === 'bigint' ? BigInt(arg) : undefined;
  if (big !== undefined) return Number.isSafeInteger(Number(big)) ? Number(big) : big;
  if (typeof arg === 'string' && scalar === 'int') return Number.parseInt(arg, 10);
  if (typeof arg === 'string' && (scalar === 'float' || scalar === 'decimal')) return Number.parseFloat(arg);
  const date = arg instanceof Date ? arg : typeof arg === 'string' && scalar === 'datetime' ? new Date(arg) : undefined;
  if (date) return date.toISOString().replace('Z', '+00:00');
  return arg;
}

function wrapQueryable<Queryable extends object>(queryable: Queryable, listener: () => StatementListener | undefined): Queryable {
  return new Proxy(queryable, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function') return value;
      if (property === 'queryRaw' || property === 'executeRaw') {
        const kind = property === 'queryRaw' ? 'query' : 'execute';
        return async (query: SqlQueryLike) => {
          const started = performance.now();
          const result = (await value.call(target, query)) as unknown;
          const notify = listener();
          if (notify) {
            const rows = kind === 'query' ? ((result as { rows?: unknown[] }).rows?.length ?? 0) : Number(result);
            notify({
              sql: query.sql,
              params: query.args.map((arg, index) => toDriverValue(arg, query.argTypes?.[index])),
              kind,
              rows,
              durationMs: performance.now() - started,
            });
          }
          return result;
        };
      }
      if (property === 'startTransaction') {
        return async (...args: unknown[]) => wrapQueryable(await value.apply(target, args), listener);
      }
      return value.bind(target);
    },
  });
}
