import { describe, expect, it } from "vitest";
import { Random, WeightedPicker } from "./random.ts";

const draw = (seed: number, stream: string) => {
  const r = new Random(seed, stream);
  return [r.uuid(), r.int(1, 1000), r.next()];
};

describe("the national generator's random stream", () => {
  it("repeats itself for the same seed and stream, and differs otherwise", () => {
    expect(draw(1, "offer")).toEqual(draw(1, "offer"));
    expect(draw(2, "offer")).not.toEqual(draw(1, "offer"));
    expect(draw(1, "course")).not.toEqual(draw(1, "offer"));
  });

  it("makes ids PostgreSQL accepts as version-4 UUIDs", () => {
    const r = new Random(3, "ids");
    const ids = Array.from({ length: 1000 }, () => r.uuid());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("samples distinct items and picks in proportion to the weights", () => {
    const r = new Random(4, "pick");
    const sample = r.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(sample).size).toBe(4);
    const picker = new WeightedPicker(["big", "small"], (p) => (p === "big" ? 9 : 1));
    const hits = Array.from({ length: 10_000 }, () => picker.pick(r)).filter((p) => p === "big").length;
    expect(hits).toBeGreaterThan(8_700);
    expect(hits).toBeLessThan(9_300);
  });
});
