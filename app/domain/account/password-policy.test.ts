import { describe, expect, it } from "vitest";
import { isListedPassword, passwordProblem } from "./password-policy.ts";
import { PASSWORD_MIN_LENGTH } from "./password-rules.ts";

describe("passwordProblem", () => {
  it("refuses well-known passwords, whatever their case, as common rather than short", () => {
    expect(isListedPassword("password12")).toBe(true);
    expect(passwordProblem("password12")).toBe("common");
    expect(passwordProblem("Password12")).toBe("common");
    expect(passwordProblem("qwertyuiop")).toBe("common");
  });

  it("refuses long passwords that are common ones stretched: digits, repeats, keyboard walks", () => {
    for (const password of ["password12345678", "iloveyouiloveyou", "qwertyuiopasdfgh", "1234567890123456", "aaaaaaaaaaaaaaaa"]) {
      expect(passwordProblem(password), password).toBe("common");
    }
  });

  it("refuses a password that is the person's own e-mail address", () => {
    expect(passwordProblem("jan.devries@school.example", ["jan.devries@school.example", "Jan de Vries"])).toBe("common");
    expect(passwordProblem("jan.devries@school.example")).toBeNull();
  });

  it("asks for NIST's minimum length, and at most 128 characters", () => {
    expect(PASSWORD_MIN_LENGTH).toBeGreaterThanOrEqual(15);
    expect(passwordProblem("kort-maar-gek")).toBe("too_short");
    expect(passwordProblem("x".repeat(129))).toBe("too_long");
  });

  it("accepts a sentence of a few words", () => {
    expect(passwordProblem("een-lang-wachtwoord")).toBeNull();
    expect(passwordProblem("Zomervakantie-in-Zeeland")).toBeNull();
    expect(passwordProblem("correct horse battery staple")).toBeNull();
  });
});
