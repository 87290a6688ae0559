import { describe, expect, it } from "vitest";
import { NO_LIMIT, reverseAdjacency, tightenSlotLimits } from "./slot-limits.ts";

// Three groups (sizes 10, 20, 30) all reach slot 0; only group 2 reaches slot 1.
const size = Int32Array.from([10, 20, 30]);
const edgeStart = Int32Array.from([0, 1, 2, 4]);
const edgeSlot = Int32Array.from([0, 0, 0, 1]);
const edgeGain = Int32Array.from([5, 6, 8, 3]);

describe("reverseAdjacency", () => {
  it("lists each slot's candidates with their gains, only when a pupil limit exists", () => {
    const withPupils = reverseAdjacency(3, 2, edgeStart, edgeSlot, edgeGain, Int32Array.from([45, NO_LIMIT]));
    expect([...withPupils.candidateCount]).toEqual([3, 1]);
    expect([...withPupils.revStart]).toEqual([0, 3, 4]);
    expect([...withPupils.revGroup]).toEqual([0, 1, 2, 2]);
    expect([...withPupils.revGain]).toEqual([5, 6, 8, 3]);
    const groupsOnly = reverseAdjacency(3, 2, edgeStart, edgeSlot, edgeGain, Int32Array.from([NO_LIMIT, NO_LIMIT]));
    expect([...groupsOnly.candidateCount]).toEqual([3, 1]);
    expect(groupsOnly.revGroup).toHaveLength(0);
  });
});

describe("tightenSlotLimits", () => {
  const limits = (pupils: number, groups: number) => {
    const pupilCap = Int32Array.from([pupils, NO_LIMIT]);
    const groupCap = Int32Array.from([groups, NO_LIMIT]);
    const rev = reverseAdjacency(3, 2, edgeStart, edgeSlot, edgeGain, pupilCap);
    return tightenSlotLimits({ size, groupCap, pupilCap, candidateCount: rev.candidateCount, revStart: rev.revStart, revGroup: rev.revGroup });
  };

  it("derives a group limit from the pupil limit (the smallest candidates that fit) and keeps a pupil limit that can bind", () => {
    const { slotGroupCap, slotPupilCap, pupilSlots } = limits(35, NO_LIMIT);
    expect([...slotGroupCap]).toEqual([2, 1]); // 10 + 20 fit in 35, a third does not; slot 1 has one candidate
    expect([...slotPupilCap]).toEqual([35, NO_LIMIT]); // 20 + 30 would not fit: the pupil limit can bind
    expect([...pupilSlots]).toEqual([0]);
  });

  it("drops a pupil limit that can never bind", () => {
    const { slotGroupCap, slotPupilCap, pupilSlots } = limits(60, 1); // one group at most, and the largest (30) fits
    expect([...slotGroupCap]).toEqual([1, 1]);
    expect([...slotPupilCap]).toEqual([NO_LIMIT, NO_LIMIT]);
    expect([...pupilSlots]).toEqual([]);
  });
});
