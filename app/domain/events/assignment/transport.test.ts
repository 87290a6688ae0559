import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveTransport, transportDualBound } from "./transport.ts";

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
