const tTable95 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131];

/**
 * Two-sided 95% critical value of Student's t with `df` degrees of freedom (the 0.975
 * quantile). The printed textbook table (3 decimals) to 15 degrees of freedom, then the
 * Cornish-Fisher expansion around z = 1.959964 to the 1/df^3 term (Abramowitz and Stegun
 * 26.7.5; error below 3e-5 from df 16 on). Fractional df are floored (conservative).
 */
export function tCritical95(df: number): number {
  if (!(df >= 1)) return Number.NaN;
  const whole = Math.floor(df);
  if (whole <= tTable95.length) return tTable95[whole - 1] as number;
  const z = 1.959963984540054;
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  return z + g1 / whole + g2 / whole ** 2 + g3 / whole ** 3;
}
