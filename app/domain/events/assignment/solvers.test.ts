import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { knapsack } from "./gap.ts";
import { solveTransport, transportDualBound } from "./transport.ts";

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

describe("transportation solver", () => {
  it("is optimal against brute force and its dual prices certify it", () => {
    const problem = fc
      .record({ groups: fc.integer({ min: 1, max: 6 }), slots: fc.integer({ min: 1, max: 4 }) })
      .chain(({ groups, slots }) =>
        fc.record({
          groups: fc.constant(groups),
          slots: fc.constant(slots),
          gains: fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }), { minLength: slots, maxLength: slots }), { minLength: groups, maxLength: groups }),
          cap: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: slots, maxLength: slots }),
        }),
      );
    fc.assert(
      fc.property(problem, ({ groups, slots, gains, cap }) => {
        const edgeStart = [0];
        const edgeSlot: number[] = [];
        const edgeGain: number[] = [];
        gains.forEach((row) => {
          const edges = row.flatMap((gain, s) => (gain === undefined ? [] : [{ s, gain }])).sort((a, b) => b.gain - a.gain || a.s - b.s);
          for (const e of edges) {
            edgeSlot.push(e.s);
            edgeGain.push(e.gain);
          }
          edgeStart.push(edgeSlot.length);
        });
        const input = { nGroups: groups, nSlots: slots, edgeStart: Int32Array.from(edgeStart), edgeSlot: Int32Array.from(edgeSlot), edgeGain: Int32Array.from(edgeGain), cap: Int32Array.from(cap) };
        const solution = solveTransport(input);
        const load = new Array(slots).fill(0);
        let best = 0;
        const visit = (g: number, value: number) => {
          if (g === groups) return void (best = Math.max(best, value));
          visit(g + 1, value);
          gains[g]!.forEach((gain, s) => {
            if (gain === undefined || load[s] >= cap[s]!) return;
            load[s]++;
            visit(g + 1, value + gain);
            load[s]--;
          });
        };
        visit(0, 0);
        expect(solution.value).toBe(best);
        expect(transportDualBound(input, solution.price)).toBe(best);
      }),
      { numRuns: 300 },
    );
  });
});
