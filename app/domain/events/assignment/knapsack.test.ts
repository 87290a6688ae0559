import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { knapsack } from "./knapsack.ts";

describe("knapsack with a count limit", () => {
  it("matches trying every subset", () => {
    const item = fc.record({ weight: fc.integer({ min: 1, max: 40 }), value: fc.integer({ min: -20, max: 100 }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 10 }), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 5 }), (items, capacity, maxItems) => {
        const chosen = new Uint8Array(items.length);
        const result = knapsack(items.length, items.map((i) => i.weight), items.map((i) => i.value), capacity, maxItems, chosen);
        let best = 0;
        for (let mask = 0; mask < 1 << items.length; mask++) {
          let w = 0;
          let v = 0;
          let c = 0;
          items.forEach((it, i) => {
            if (mask & (1 << i)) {
              w += it.weight;
              v += it.value;
              c++;
            }
          });
          if (w <= capacity && c <= maxItems) best = Math.max(best, v);
        }
        expect(result.value).toBe(best);
        expect(result.exact).toBe(true);
        let w = 0;
        let v = 0;
        let c = 0;
        items.forEach((it, i) => {
          if (chosen[i]) {
            w += it.weight;
            v += it.value;
            c++;
          }
        });
        expect([w <= capacity, c <= maxItems, v]).toEqual([true, true, best]);
      }),
      { numRuns: 300 },
    );
  });

  it("falls back to a proven bound when the table is too large", () => {
    const count = 400;
    const weights = Array.from({ length: count }, (_, i) => 10 + (i % 17));
    const values = Array.from({ length: count }, (_, i) => 5 + ((i * 7) % 23));
    const chosen = new Uint8Array(count);
    const result = knapsack(count, weights, values, 100_000, 300, chosen);
    expect(result.exact).toBe(false);
    expect(result.bound).toBeGreaterThanOrEqual(result.value);
  });
});
