import type { FixtureEvent } from '../../fixtures/index.js';

/** One progress line for a fixture build event. */
export function describeFixtureEvent(event: FixtureEvent): string {
  switch (event.stage) {
    case 'load':
      return `building fixture: ${event.tables.map((table) => table.table).join(', ')}, ${event.rows.toLocaleString('en-US')} of ~${event.totalRows.toLocaleString('en-US')} rows, ${Math.round(event.rowsPerSecond).toLocaleString('en-US')} rows/s`;
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
