import type { FixtureEvent } from '../../fixtures/index.js';

/** One progress line for a fixture build event. */
export function describeFixtureEvent(event: FixtureEvent): string {
  switch (event.stage) {
    case 'load': {
      const tables = event.tables.map((table) => `${table.table} ${count(table.rows)} rows, ${count(table.rowsPerSecond)} rows/s`).join('; ');
      return `building fixture: ${tables} (total ${count(event.rows)} / ~${count(event.totalRows)})`;
    }
    case 'index':
      return `building fixture: index ${event.done + 1}/${event.total} ${event.index}`;
    case 'analyze':
      return 'building fixture: ANALYZE';
    case 'wait':
      return `waiting for another process building ${event.path}`;
    case 'reuse':
      return `reusing fixture ${event.path}`;
  }
}

function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
