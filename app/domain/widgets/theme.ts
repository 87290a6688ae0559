import { z } from "zod";

/**
 * The host's look, passed in the widget's address: each query parameter sets one NL Design
 * System (Utrecht) custom property and nothing else. The values are what a stylesheet receives,
 * so they are held to shapes that cannot leave their declaration: colours as hex or rgb() only,
 * a font family from letters, digits, spaces, commas and hyphens. No quote, semicolon, brace,
 * backslash, slash or parenthesis outside rgb() gets through, so a value cannot end the
 * declaration, open a rule, load a URL or escape a character.
 */
export const THEME_TOKENS = {
  tekst: "--utrecht-document-color",
  achtergrond: "--utrecht-document-background-color",
  link: "--utrecht-link-color",
  knop: "--utrecht-button-primary-action-background-color",
  knoptekst: "--utrecht-button-primary-action-color",
  lettertype: "--utrecht-document-font-family",
} as const;

export type ThemeParam = keyof typeof THEME_TOKENS;
export const THEME_PARAMS = Object.keys(THEME_TOKENS) as ThemeParam[];
export type Theme = Partial<Record<ThemeParam, string>>;

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const CHANNEL = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|\d{1,2})`;
const ALPHA = String.raw`(?:0|1|0?\.\d{1,3}|100%|\d{1,2}%)`;
const RGB = new RegExp(String.raw`^rgba?\(\s*${CHANNEL}\s*,\s*${CHANNEL}\s*,\s*${CHANNEL}\s*(?:,\s*${ALPHA}\s*)?\)$|^rgba?\(\s*${CHANNEL}\s+${CHANNEL}\s+${CHANNEL}\s*(?:/\s*${ALPHA}\s*)?\)$`, "i");
const FONT = /^[\p{L}\p{N}][\p{L}\p{N} ,-]{0,79}$/u;

export const colourSchema = z
  .string()
  .trim()
  .max(40, "widgets.error.colour")
  .refine((v) => HEX.test(v) || RGB.test(v), "widgets.error.colour");
export const fontSchema = z.string().trim().regex(FONT, "widgets.error.font");

const SCHEMAS: Record<ThemeParam, z.ZodType<string>> = {
  tekst: colourSchema,
  achtergrond: colourSchema,
  link: colourSchema,
  knop: colourSchema,
  knoptekst: colourSchema,
  lettertype: fontSchema,
};

/**
 * The theme in an address. An empty parameter is no choice; a value of the wrong shape is left
 * out and named in `errors` (message keys): the widget then shows its own colour there, the
 * snippet builder says why beside the field.
 */
export function parseTheme(params: URLSearchParams): { theme: Theme; errors: Partial<Record<ThemeParam, string>> } {
  const theme: Theme = {};
  const errors: Partial<Record<ThemeParam, string>> = {};
  for (const name of THEME_PARAMS) {
    const raw = params.get(name);
    if (raw === null || raw.trim() === "") continue;
    const parsed = SCHEMAS[name].safeParse(raw);
    if (parsed.success) theme[name] = parsed.data;
    else errors[name] = parsed.error.issues[0]?.message ?? "widgets.error.colour";
  }
  return { theme, errors };
}

/** The stylesheet lines that set the chosen tokens; only values parseTheme let through reach here. */
export function themeCss(theme: Theme): string {
  const lines = THEME_PARAMS.filter((name) => theme[name] !== undefined).map((name) => `  ${THEME_TOKENS[name]}: ${theme[name]};`);
  return lines.length ? `:root, .utrecht-theme {\n${lines.join("\n")}\n}\n` : "";
}
