/**
 * A seeded random stream for the national data set: same seed, same data. Each table draws from
 * its own stream (named by the table), so changing how one table is generated does not reshuffle
 * the others. Math.random and crypto.randomUUID are never used for generated rows.
 */
export class Random {
  private state: number;

  constructor(seed: number, stream: string) {
    // FNV-1a over the stream name, mixed with the seed: a distinct start per (seed, table).
    let h = 0x811c9dc5 ^ seed;
    for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193);
    this.state = h >>> 0;
  }

  /** mulberry32: fast, 32-bit state, good enough to spread data (not for secrets). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `count` distinct items (fewer if there are fewer), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  }

  /** A version-4 shaped UUID drawn from this stream, so ids are reproducible too. */
  uuid(): string {
    const hex: string[] = [];
    for (let i = 0; i < 4; i++) hex.push(Math.floor(this.next() * 4_294_967_296).toString(16).padStart(8, "0"));
    const s = hex.join("");
    const variant = ((parseInt(s[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`;
  }
}

/** Picks indices in proportion to their weights, by binary search over the running sums. */
export class WeightedPicker<T> {
  private readonly sums: number[] = [];
  private readonly total: number;
  private readonly items: readonly T[];

  constructor(items: readonly T[], weight: (item: T) => number) {
    this.items = items;
    let sum = 0;
    for (const item of items) {
      sum += weight(item);
      this.sums.push(sum);
    }
    this.total = sum;
  }

  pick(random: Random): T {
    const target = random.next() * this.total;
    let lo = 0;
    let hi = this.sums.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sums[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}
