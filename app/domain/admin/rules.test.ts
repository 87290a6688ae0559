import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { checkMerge, checkNotSelf } from "./rules.ts";

const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return [error.kind, error.message, error.field];
    throw error;
  }
  return null;
};

describe("merge rules", () => {
  it("merges two different things into one that is in use", () => {
    expect(refusal(() => checkMerge({ id: "a" }, { id: "b", archived: false }, "into"))).toBeNull();
  });
  it("refuses an unknown target, the thing itself and an archived target, beside the field", () => {
    expect(refusal(() => checkMerge({ id: "a" }, null, "into"))).toEqual(["invalid", "admin.merge.targetUnknown", "into"]);
    expect(refusal(() => checkMerge({ id: "a" }, { id: "a", archived: false }, "into"))).toEqual(["invalid", "admin.merge.same", "into"]);
    expect(refusal(() => checkMerge({ id: "a" }, { id: "b", archived: true }, "into"))).toEqual(["invalid", "admin.merge.targetArchived", "into"]);
  });
});

describe("an administrator and themselves", () => {
  it("acts on others, never on themselves", () => {
    expect(refusal(() => checkNotSelf("u-1", "u-2", "role"))).toBeNull();
    expect(refusal(() => checkNotSelf("u-1", "u-1", "role"))).toEqual(["invalid", "admin.people.notSelf", "role"]);
  });
});
