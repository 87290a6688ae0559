import { describe, expect, it } from "vitest";
import { CONFIRM_FIELD, CONFIRM_VALUE, confirmationStep, isConfirmed } from "./forms.ts";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe("the confirmation step", () => {
  it("is confirmed only by the step's own field and value", () => {
    expect(isConfirmed(form([["intent", "publish"]]))).toBe(false);
    expect(isConfirmed(form([[CONFIRM_FIELD, "nee"]]))).toBe(false);
    expect(isConfirmed(form([["intent", "publish"], [CONFIRM_FIELD, CONFIRM_VALUE]]))).toBe(true);
  });

  it("posts the first step's fields again, repeated ones included, never a password or an earlier confirmation", () => {
    const step = confirmationStep(
      form([
        ["intent", "employees"],
        ["levels[]", "havo"],
        ["levels[]", "vwo"],
        ["password", "geheim"],
        [CONFIRM_FIELD, CONFIRM_VALUE],
      ]),
      { participants: 2 },
    );
    expect(step).toEqual({
      confirm: {
        fields: [
          ["intent", "employees"],
          ["levels[]", "havo"],
          ["levels[]", "vwo"],
        ],
        details: { participants: 2 },
      },
    });
  });

  it("puts what the step vouches for in place of what the first step sent", () => {
    const step = confirmationStep(form([["intent", "self"], ["prijs", "1"]]), null, { prijs: "27500" });
    expect(step.confirm.fields).toEqual([
      ["intent", "self"],
      ["prijs", "27500"],
    ]);
  });
});
