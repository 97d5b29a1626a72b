/**
 * A seeded uniform PRNG on [0, 1): a Weyl sequence (step 0x9e3779b9) hashed by the murmur3
 * 32-bit finalizer, in the style of splitmix. Deterministic for a seed, so bootstrap
 * intervals and synthetic test data are reproducible; Math.random cannot be seeded.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return ((z ^ (z >>> 16)) >>> 0) / 4_294_967_296;
  };
}

/** A standard normal draw (Box-Muller, cosine branch) from a uniform source. */
export function normalDraw(random: () => number): number {
  const u = Math.max(random(), Number.MIN_VALUE);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
