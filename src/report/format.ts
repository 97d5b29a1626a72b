/** Milliseconds with units that suit the size: 12.3 µs, 1.23 ms, 1.2 s. */
export function formatMs(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '-';
  if (ms < 1) return `${(ms * 1000).toFixed(ms < 0.01 ? 2 : 1)} µs`;
  if (ms < 1000) return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** A signed percentage: +12.3%, -4.0%. */
export function formatPct(pct: number | undefined): string {
  if (pct === undefined || !Number.isFinite(pct)) return '-';
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`;
}

/** A ratio with its confidence interval: 3.2x (2.9-3.6). */
export function formatRatio(ratio: { ratio: number; ci: [number, number] } | undefined): string {
  if (!ratio) return '-';
  return `${ratio.ratio.toFixed(2)}x (${ratio.ci[0].toFixed(2)}-${ratio.ci[1].toFixed(2)})`;
}

/** A count per call: whole numbers as they are, others with `fractionDigits` decimals (4, 2.7). */
export function formatCount(value: number | undefined, fractionDigits = 1): string {
  if (value === undefined) return '-';
  return Number.isInteger(value) ? String(value) : value.toFixed(fractionDigits);
}

/** Operations per second, rounded for reading. */
export function formatOps(ops: number | undefined): string {
  if (ops === undefined || !Number.isFinite(ops)) return '-';
  return ops >= 100 ? Math.round(ops).toLocaleString('en-US') : ops.toFixed(1);
}

export function formatBytes(bytes: number): string {
  const mib = bytes / 1_048_576;
  return `${mib.toFixed(1)} MiB`;
}
