/**
 * SQL of the reports that Prisma's query API cannot express (grouping by a computed day,
 * joins with conditional counts); run through $queryRawUnsafe with bound parameters and
 * by the raw twins alike.
 */

/**
 * Parameters: from (ISO), to (ISO); days are UTC calendar days, both ends inclusive; rows by
 * day. The ORDER BY sorts the `days` CTE (one row per day of the range) in a temp b-tree that
 * no index could serve, so `garage-perf indexes` does not report it.
 */
export const dailyRevenueSql = `
WITH RECURSIVE days(day) AS (
  SELECT date(?)
  UNION ALL
  SELECT date(day, '+1 day') FROM days WHERE day < date(?)
)
SELECT day,
  (SELECT coalesce(sum(amount_cents), 0) FROM payments
    WHERE status = 'COMPLETED' AND paid_at >= day AND paid_at < date(day, '+1 day')) AS revenueCents,
  (SELECT count(*) FROM payments
    WHERE status = 'COMPLETED' AND paid_at >= day AND paid_at < date(day, '+1 day')) AS payments
FROM days
ORDER BY day`;

/** Parameter: garage id. */
export const occupancyByFloorSql = `
SELECT f.level AS level,
  count(*) AS spots,
  count(CASE WHEN s.status = 'OCCUPIED' THEN 1 END) AS occupied
FROM floors f
JOIN parking_spots s ON s.floor_id = f.id
WHERE f.garage_id = ?
GROUP BY f.level
ORDER BY f.level`;
