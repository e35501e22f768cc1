/**
 * Seeded randomness for the demo generator. Every draw goes through one of these streams so that the same
 * seed always yields the same organization; nothing here touches Math.random or the clock.
 *
 * Each record family draws from its own stream (`createRandom(seed, 'deployments')`), so changing how one
 * family is generated never shifts the numbers another family sees.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface Random {
  /** A float in [0, 1). */
  nextFloat(): number;
  /** An integer in [min, max], both inclusive. */
  nextInt(min: number, max: number): number;
  /** True with probability `p`. */
  flip(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  pickWeighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** A standard normal draw (mean 0, standard deviation 1). */
  sampleNormal(): number;
  /** A log-normal draw with the given median; `sigma` is the spread of its logarithm. */
  sampleLogNormal(median: number, sigma: number): number;
  samplePoisson(mean: number): number;
  /** `length` lower-case hexadecimal digits. */
  makeHex(length: number): string;
  shuffle<T>(items: readonly T[]): T[];
}

export function createRandom(seed: number, stream: string): Random {
  const rng = xoroshiro128plus((Math.imul(seed, 0x9e3779b1) ^ hashText(stream)) | 0);
  const nextFloat = (): number => uniformFloat64(rng);
  const nextInt = (min: number, max: number): number => uniformInt(rng, min, max);
  const sampleNormal = (): number => {
    // Box-Muller; 1 - u keeps the logarithm finite.
    const u = 1 - nextFloat();
    const v = nextFloat();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    nextFloat,
    nextInt,
    flip: (p) => nextFloat() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('cannot pick from an empty list');
      return items[nextInt(0, items.length - 1)] as T;
    },
    pickWeighted<T>(entries: readonly (readonly [T, number])[]): T {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let threshold = nextFloat() * total;
      for (const [item, weight] of entries) {
        threshold -= weight;
        if (threshold < 0) return item;
      }
      const last = entries[entries.length - 1];
      if (!last) throw new Error('cannot pick from an empty list');
      return last[0];
    },
    sampleNormal,
    sampleLogNormal: (median, sigma) => median * Math.exp(sigma * sampleNormal()),
    samplePoisson(mean: number): number {
      // Knuth's method; the demo's means are small (a few events per day).
      const limit = Math.exp(-mean);
      let count = 0;
      let product = nextFloat();
      while (product > limit) {
        count += 1;
        product *= nextFloat();
      }
      return count;
    },
    makeHex(length: number): string {
      let text = '';
      while (text.length < length) text += (rng.next() >>> 0).toString(16).padStart(8, '0');
      return text.slice(0, length);
    },
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = nextInt(0, i);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
  };
}

/** FNV-1a, 32 bits: turns a stream name into seed material. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
