import type { Random } from '../seed';

/** A standard normal draw (Box–Muller). */
function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

/**
 * A Gamma(shape, 1) draw for shape ≥ 1 (Marsaglia and Tsang, 2000). The sum of `shape`
 * Exp(1) weights: a group of n stays' weight in a Bayesian bootstrap.
 */
export function gammaDraw(shape: number, random: Random): number {
  // Most groups are one stay: its weight is a single Exp(1).
  if (shape === 1) return -Math.log(1 - random.next());
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random.next();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}
