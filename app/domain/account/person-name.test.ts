import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { NAME_MAX_LENGTH, personName } from "./person-name.ts";

describe("personName", () => {
  it("keeps a name as typed, emoji and accents included, without the spaces around it", () => {
    expect(personName("  Zoë de Vries 🚀 ")).toEqual({ ok: true, name: "Zoë de Vries 🚀" });
    expect(personName("محمد الأمين")).toEqual({ ok: true, name: "محمد الأمين" });
  });

  it("takes out control characters and direction overrides", () => {
    expect(personName("Wil\u0000lem\u202E de\u2066 Vries\u007F")).toEqual({ ok: true, name: "Willem de Vries" });
  });

  it("refuses an empty name, and one of only invisible characters", () => {
    for (const value of ["", "   ", "\u0000\u202E", undefined, null, 42, ["a"]]) expect(personName(value)).toEqual({ ok: false, problem: "account.name.required" });
  });

  it("refuses a name longer than the maximum, counted in characters", () => {
    expect(personName("😀".repeat(NAME_MAX_LENGTH))).toMatchObject({ ok: true });
    expect(personName("x".repeat(NAME_MAX_LENGTH + 1))).toEqual({ ok: false, problem: "account.name.tooLong" });
  });

  it("never lets a control character or an override through, whatever is sent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (value) => {
        const result = personName(value);
        if (result.ok) expect(result.name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/);
      }),
    );
  });
});
