import { dailyRevenue, occupancyByFloor, topCustomers } from '../../data/operations/index.js';
import { dailyRevenueRaw, occupancyByFloorRaw, topCustomersRaw } from '../../data/raw/index.js';
import { pick, sampleRows } from './sample-inputs.js';
import { defineCase } from './types.js';

const dayMs = 86_400_000;
const reportWindowDays = 30;

function lastDays(now: Date) {
  return { from: new Date(now.getTime() - reportWindowDays * dayMs), to: now };
}

export const dailyRevenueCase = defineCase({
  id: 'reports.dailyRevenue',
  title: `Daily revenue, last ${reportWindowDays} days`,
  suites: ['critical', 'reporting'],
  budgetMs: 500,
  writes: false,
  version: 1,
  prepare: (_raw, fixture) => lastDays(fixture.now),
  orm: (client, inputs) => dailyRevenue(client, inputs.from, inputs.to),
  raw: (db, inputs) => dailyRevenueRaw(db, inputs.from, inputs.to),
});

export const occupancyCase = defineCase({
  id: 'reports.occupancy',
  title: 'Occupancy by floor of a garage',
  suites: ['reporting'],
  budgetMs: 500,
  writes: false,
  version: 1,
  prepare: (raw) => ({
    garageIds: sampleRows<{ id: string }>(raw, 'reports.occupancy', 'SELECT id FROM garages ORDER BY id').map((row) => row.id),
  }),
  orm: (client, inputs, i) => occupancyByFloor(client, pick(inputs.garageIds, i)),
  raw: (db, inputs, i) => occupancyByFloorRaw(db, pick(inputs.garageIds, i)),
});

export const topCustomersCase = defineCase({
  id: 'reports.topCustomers',
  title: `Top 10 customers by spend, last ${reportWindowDays} days`,
  suites: ['reporting'],
  budgetMs: 500,
  writes: false,
  version: 1,
  prepare: (_raw, fixture) => lastDays(fixture.now),
  orm: (client, inputs) => topCustomers(client, inputs.from, inputs.to, 10),
  raw: (db, inputs) => topCustomersRaw(db, inputs.from, inputs.to, 10),
});
