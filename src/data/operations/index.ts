export { authenticateUser } from './authenticate-user.js';
export { endSession } from './end-session.js';
export { OperationRefusedError } from './errors.js';
export { getUserProfile } from './get-user-profile.js';
export { listActiveSessions } from './list-active-sessions.js';
export { registerVehicle } from './register-vehicle.js';
export { dailyRevenue, occupancyByFloor, topCustomers } from './reports.js';
export { startSession } from './start-session.js';
export * from './types.js';
