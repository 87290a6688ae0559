import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTheme, themeCss, THEME_PARAMS, THEME_TOKENS } from "./theme.ts";

/**
 * Strings near the accepted shapes (a colour, a font name) mixed with every character that could
 * end a declaration, open a rule, escape, comment or load: random text alone would almost never
 * come close enough to a colour to test anything.
 */
const hostile = fc.oneof(
  fc.string({ unit: fc.constantFrom(..."#rgba(),/%.0123456789abcdefABCDEF ;{}\"'\\*@:<>!\n\r-_Sans".split("")), maxLength: 40 }),
  fc.tuple(fc.constantFrom("#fff", "rgb(1, 2, 3)", "Arial", "Open Sans"), fc.string({ unit: "binary", maxLength: 20 })).map(([a, b]) => a + b),
  fc.string({ unit: "binary", maxLength: 60 }),
);

const theme = (entries: Record<string, string>) => parseTheme(new URLSearchParams(entries));

describe("a widget's theme", () => {
  it("maps each parameter to its NL Design System token", () => {
    const { theme: parsed, errors } = theme({ tekst: "#112233", achtergrond: "rgb(255, 255, 240)", link: "#0af", knop: "rgb(0 0 0 / 50%)", knoptekst: "#ffffffcc", lettertype: "Open Sans, Arial, sans-serif" });
    expect(errors).toEqual({});
    const css = themeCss(parsed);
    expect(css).toContain("--utrecht-document-color: #112233;");
    expect(css).toContain("--utrecht-document-background-color: rgb(255, 255, 240);");
    expect(css).toContain("--utrecht-link-color: #0af;");
    expect(css).toContain("--utrecht-button-primary-action-background-color: rgb(0 0 0 / 50%);");
    expect(css).toContain("--utrecht-button-primary-action-color: #ffffffcc;");
    expect(css).toContain("--utrecht-document-font-family: Open Sans, Arial, sans-serif;");
  });

  it("ignores empty and unknown parameters and writes nothing without a choice", () => {
    const { theme: parsed, errors } = theme({ tekst: "  ", kleur: "#123456", "--utrecht-link-color": "red" });
    expect(parsed).toEqual({});
    expect(errors).toEqual({});
    expect(themeCss(parsed)).toBe("");
  });

  it("refuses colour names, other functions and out-of-range channels, naming the field", () => {
    for (const value of ["red", "#12", "#1234567", "rgb(256, 0, 0)", "hsl(0 0% 0%)", "url(https://evil.example/x)", "var(--x)", "rgb(1,2,3);x:y", "expression(alert(1))"]) {
      const { theme: parsed, errors } = theme({ link: value });
      expect(parsed, value).toEqual({});
      expect(errors.link, value).toBe("widgets.error.colour");
    }
  });

  it("refuses fonts that could leave their declaration", () => {
    for (const value of ['Arial"; } body { display: none', "Arial;color:red", "x{}", "url(a)", "Arial\\3b", "a/*b*/", "'Open Sans'", "@import"]) {
      expect(theme({ lettertype: value }).errors.lettertype, value).toBe("widgets.error.font");
    }
  });

  it("never lets a hostile value end a declaration, open a rule or reach another property", () => {
    fc.assert(
      fc.property(fc.constantFrom(...THEME_PARAMS), hostile, (name, value) => {
        const { theme: parsed } = theme({ [name]: value });
        const css = themeCss(parsed);
        if (css === "") return;
        // One rule, one declaration: the value holds none of the characters that end or open anything.
        const body = css.slice(css.indexOf("{\n") + 2, css.lastIndexOf("\n}"));
        expect(body.split("\n")).toHaveLength(1);
        const declared = body.trim().slice(`${THEME_TOKENS[name]}: `.length, -1);
        expect(declared).not.toMatch(/[;{}<>"'\\@\n\r*!:]|\/\*|url\(/i);
        expect(css.match(/[{}]/g)).toHaveLength(2);
      }),
      { numRuns: 1000 },
    );
  });

  it("lets every hex colour through unchanged", () => {
    fc.assert(
      fc.property(fc.constantFrom(3, 4, 6, 8), fc.stringMatching(/^[0-9a-fA-F]{8}$/), (length, digits) => {
        const colour = `#${digits.slice(0, length)}`;
        expect(theme({ knop: colour }).theme.knop).toBe(colour);
      }),
    );
  });
});
