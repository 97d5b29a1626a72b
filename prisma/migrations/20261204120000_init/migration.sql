-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'CUSTOMER',
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "last_login_at" DATETIME,
    "failed_login_attempts" INTEGER NOT NULL DEFAULT 0,
    "locked_until" DATETIME,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "vehicles" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "owner_id" TEXT NOT NULL,
    "license_plate" TEXT NOT NULL,
    "make" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'STANDARD',
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "vehicles_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "garages" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "hourly_rate_cents" INTEGER NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "floors" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "garage_id" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    CONSTRAINT "floors_garage_id_fkey" FOREIGN KEY ("garage_id") REFERENCES "garages" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "parking_spots" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "garage_id" TEXT NOT NULL,
    "floor_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'STANDARD',
    "status" TEXT NOT NULL DEFAULT 'AVAILABLE',
    CONSTRAINT "parking_spots_garage_id_fkey" FOREIGN KEY ("garage_id") REFERENCES "garages" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "parking_spots_floor_id_fkey" FOREIGN KEY ("floor_id") REFERENCES "floors" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "parking_sessions" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "user_id" TEXT NOT NULL,
    "vehicle_id" TEXT NOT NULL,
    "spot_id" TEXT NOT NULL,
    "garage_id" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "start_time" DATETIME NOT NULL,
    "end_time" DATETIME,
    "hourly_rate_cents" INTEGER NOT NULL,
    "duration_minutes" INTEGER,
    "amount_cents" INTEGER,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "parking_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "parking_sessions_vehicle_id_fkey" FOREIGN KEY ("vehicle_id") REFERENCES "vehicles" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "parking_sessions_spot_id_fkey" FOREIGN KEY ("spot_id") REFERENCES "parking_spots" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "parking_sessions_garage_id_fkey" FOREIGN KEY ("garage_id") REFERENCES "garages" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "payments" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "session_id" TEXT NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "method" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "paid_at" DATETIME,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "payments_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "parking_sessions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "vehicles_owner_id_license_plate_idx" ON "vehicles"("owner_id", "license_plate");

-- CreateIndex
CREATE UNIQUE INDEX "vehicles_license_plate_owner_id_key" ON "vehicles"("license_plate", "owner_id");

-- CreateIndex
CREATE UNIQUE INDEX "garages_name_key" ON "garages"("name");

-- CreateIndex
CREATE UNIQUE INDEX "floors_garage_id_level_key" ON "floors"("garage_id", "level");

-- CreateIndex
CREATE INDEX "parking_spots_floor_id_status_idx" ON "parking_spots"("floor_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "parking_spots_garage_id_number_key" ON "parking_spots"("garage_id", "number");

-- CreateIndex
CREATE INDEX "parking_sessions_user_id_status_start_time_idx" ON "parking_sessions"("user_id", "status", "start_time");

-- CreateIndex
CREATE INDEX "parking_sessions_vehicle_id_start_time_idx" ON "parking_sessions"("vehicle_id", "start_time");

-- CreateIndex
CREATE INDEX "parking_sessions_active_idx" ON "parking_sessions"("garage_id", "start_time") WHERE status = 'ACTIVE';

-- CreateIndex
CREATE INDEX "parking_sessions_completed_idx" ON "parking_sessions"("user_id", "start_time", "amount_cents") WHERE status = 'COMPLETED';

-- CreateIndex
CREATE UNIQUE INDEX "payments_session_id_key" ON "payments"("session_id");

-- CreateIndex
CREATE INDEX "payments_completed_paid_at_idx" ON "payments"("paid_at", "amount_cents") WHERE status = 'COMPLETED';
