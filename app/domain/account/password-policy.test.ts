import { describe, expect, it } from "vitest";
import { isListedPassword, passwordProblem } from "./password-policy.ts";
import { PASSWORD_MIN_LENGTH } from "./password-rules.ts";

describe("passwordProblem", () => {
  it("refuses well-known passwords, whatever their case, as common rather than short", async () => {
    expect(await isListedPassword("password12")).toBe(true);
    expect(await passwordProblem("password12")).toBe("common");
    expect(await passwordProblem("Password12")).toBe("common");
    expect(await passwordProblem("qwertyuiop")).toBe("common");
  });

  it("refuses long passwords that are common ones stretched: digits, repeats, keyboard walks", async () => {
    for (const password of ["password12345678", "iloveyouiloveyou", "qwertyuiopasdfgh", "1234567890123456", "aaaaaaaaaaaaaaaa"]) {
      expect(await passwordProblem(password), password).toBe("common");
    }
  });

  it("refuses a password that is the person's own e-mail address", async () => {
    expect(await passwordProblem("jan.devries@school.example", ["jan.devries@school.example", "Jan de Vries"])).toBe("common");
    expect(await passwordProblem("jan.devries@school.example")).toBeNull();
  });

  it("asks for NIST's minimum length, and at most 128 characters", async () => {
    expect(PASSWORD_MIN_LENGTH).toBeGreaterThanOrEqual(15);
    expect(await passwordProblem("kort-maar-gek")).toBe("too_short");
    expect(await passwordProblem("x".repeat(129))).toBe("too_long");
  });

  it("accepts a sentence of a few words", async () => {
    expect(await passwordProblem("een-lang-wachtwoord")).toBeNull();
    expect(await passwordProblem("Zomervakantie-in-Zeeland")).toBeNull();
    expect(await passwordProblem("correct horse battery staple")).toBeNull();
  });
});
