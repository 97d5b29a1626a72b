export { dailyRevenueRaw, occupancyByFloorRaw, topCustomersRaw } from './report-twins.js';
export { endSessionRaw, listActiveSessionsRaw, startSessionRaw } from './session-twins.js';
export { prepared } from './statement-cache.js';
export { authenticateUserRaw, getUserProfileRaw, registerVehicleRaw } from './user-twins.js';
