import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** The draws the sample generators need, all from one seeded pure-rand stream (never Math.random). */
export interface SeededRandom {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One of the keys, with probability proportional to its weight. */
  weighted<K extends string | number>(weights: readonly (readonly [K, number])[]): K;
  /** A normally distributed value (Box–Muller), mean 0 and standard deviation 1. */
  normal(): number;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * A seeded random stream. `stream` separates independent sequences for one seed (a district,
 * a purpose), so that drawing more for one does not shift the others. pure-rand's own answer
 * to independence is `jump()`, but jumps chain one stream after another; a xoroshiro128+ seeded
 * from (seed, stream) mixed lets a stream be named directly, which is all sample data needs.
 */
export function seededRandom(seed: number, stream = 0): SeededRandom {
  // Mixing keeps (seed, stream) pairs apart; Math.imul keeps it in 32-bit integer arithmetic.
  const mixed = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35)) | 0;
  const rng = xoroshiro128plus(mixed);
  const float = () => uniformFloat64(rng);
  return {
    float,
    int: (min, max) => uniformInt(rng, min, max),
    between: (min, max) => min + (max - min) * float(),
    chance: (p) => float() < p,
    weighted(weights) {
      const total = weights.reduce((sum, [, w]) => sum + w, 0);
      let r = float() * total;
      for (const [key, w] of weights) {
        r -= w;
        if (r < 0) return key;
      }
      return weights[weights.length - 1]![0];
    },
    normal() {
      const u = 1 - float(); // (0, 1], so the log is finite
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * float());
    },
    shuffle(items) {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = uniformInt(rng, 0, i);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}
