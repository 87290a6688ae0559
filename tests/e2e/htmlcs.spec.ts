import fs from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, signInAs, test, type DemoUser } from "./fixtures.ts";

/**
 * A second, independent engine over representative pages: HTML_CodeSniffer (Squiz's, the engine
 * behind pa11y) with its WCAG2AA standard, beside axe, which the fixture runs on these pages as on
 * every other (ADR 016). The two disagree at the edges (HTMLCS reads markup more literally, axe
 * computes more), and the product is judged by both kinds; its ERRORS fail this spec. Its warnings
 * and notices ask for a person's judgement ("check that this text on a background image has
 * enough contrast") and are left to review; ADR 016 lists what a survey of them found.
 *
 * The pages: one of each kind of form and listing the survey covered (filters with selects, a
 * course page with its map, sign-in and registration with autocomplete, a long form, an admin
 * table), each at 1280 and 390 px. The full survey (every main page as each role) is in ADR 016.
 */

const HTMLCS_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve("html_codesniffer/build/HTMLCS.js"), "utf8");

type Message = { code: string; msg: string; element: string };

/**
 * HTMLCS errors that are not WCAG failures, each narrowed to the exact case, with the reason.
 * H98 on autocomplete="username" with type="email": HTMLCS 2.5.1 (April 2020) follows the HTML spec
 * of its day; the spec allows this pair since whatwg/html#5881 (September 2020), axe and the W3C
 * validator accept it, and it is what password managers expect on a sign-in e-mail field.
 */
const NOT_A_FAILURE: { code: RegExp; element: RegExp; why: string }[] = [
  { code: /\.1_3_5\.H98$/, element: /^<input(?=[^>]*\btype="email")(?=[^>]*\bautocomplete="username")/, why: "username on type=email is allowed since whatwg/html#5881" },
];

/** HTMLCS's WCAG2AA errors on the page as it is now. */
async function htmlcsErrors(page: Page): Promise<Message[]> {
  // Evaluated, not added as a <script>: the page's Content-Security-Policy allows only its own scripts.
  await page.evaluate(HTMLCS_SOURCE);
  return page.evaluate(
    () =>
      new Promise<Message[]>((resolve, reject) => {
        const w = window as unknown as {
          HTMLCS: { process: (standard: string, root: Document, done: () => void, failed: () => void, lang: string) => void; getMessages: () => { type: number; code: string; msg: string; element: Node }[] };
          translation: Record<string, Record<string, string>>;
        };
        // HTMLCS 2.5.1 asks for "…InvalidAutoComplete_*" and ships "…InvalidAutocomplete_*": without the
        // alias its autocomplete rule throws instead of reporting.
        const en = w.translation.en!;
        for (const key of Object.keys(en)) if (key.includes("InvalidAutocomplete_")) en[key.replace("Autocomplete", "AutoComplete")] = en[key]!;
        w.HTMLCS.process(
          "WCAG2AA",
          document,
          () =>
            resolve(
              w.HTMLCS.getMessages()
                .filter((m) => m.type === 1)
                .map((m) => ({ code: m.code, msg: m.msg, element: m.element instanceof Element ? m.element.outerHTML.slice(0, 200) : m.element.nodeName })),
            ),
          () => reject(new Error("HTML_CodeSniffer could not run its WCAG2AA standard")),
          "en",
        );
      }),
  );
}

async function expectNoHtmlcsErrors(page: Page) {
  const errors = (await htmlcsErrors(page)).filter((e) => !NOT_A_FAILURE.some((n) => n.code.test(e.code) && n.element.test(e.element)));
  expect(
    errors.map((e) => `${e.code}: ${e.msg}\n    ${e.element}`),
    `HTML_CodeSniffer WCAG2AA errors on ${page.url()} at ${page.viewportSize()?.width} px`,
  ).toEqual([]);
}

const PAGES: { who: DemoUser | "visitor"; paths: string[] }[] = [
  { who: "visitor", paths: ["/", "/cursussen", "/cursussen/cnc-draaien-en-frezen", "/zoeken?q=techniek", "/inloggen", "/registreren"] },
  { who: "teacher", paths: ["/", "/vragen/nieuw"] },
  { who: "coordinator", paths: ["/netwerken/technet-utrecht/organisaties-importeren", "/coordinatie", "/netwerken/technet-utrecht/wijzigen", "/evenementen/nieuw"] },
  { who: "company", paths: ["/organisaties/kiremko/vog"] },
  { who: "admin", paths: ["/beheer/inloggen-met-organisatie"] },
];

for (const { who, paths } of PAGES) {
  test(`HTML_CodeSniffer finds no WCAG 2.1 AA errors as ${who}: ${paths.join(", ")}`, async ({ page }) => {
    if (who !== "visitor") await signInAs(page, who);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of paths) {
        await page.goto(path);
        // axe first, as the fixture would before the next action: the page as shown, before HTMLCS is loaded into it.
        await expectAccessible(page);
        await expectNoHtmlcsErrors(page);
      }
    }
  });
}

test("HTML_CodeSniffer finds no errors on a refused form: each link in the error summary lands on its field", async ({ page }) => {
  // HTMLCS found the topics link pointing at an id no element had (CheckboxGroup now carries it); axe does not follow in-page links.
  await signInAs(page, "teacher");
  await page.goto("/vragen/nieuw");
  await page.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(page.locator(".th-error-summary")).toBeFocused();
  await expect(page.locator('.th-error-summary a[href="#f-topics"]')).toHaveCount(1);
  await expectAccessible(page);
  await expectNoHtmlcsErrors(page);
  // Following the link moves to the group's first checkbox and leaves the errors in place (a hash
  // navigation used to drop the action's answer, and with it every message).
  await page.locator('.th-error-summary a[href="#f-topics"]').click();
  await expect(page.locator("#f-topics input").first()).toBeFocused();
  await expect(page.locator("#f-topics-error")).toBeVisible();
  await page.locator('.th-error-summary a[href="#f-title"]').click();
  await expect(page.locator("#f-title")).toBeFocused();
  await expect(page.locator(".th-error-summary")).toBeVisible();
});

test("HTML_CodeSniffer reports what it should: an unlabelled field, text without contrast, a username field it misreads", async ({ page }) => {
  await page.goto("/inloggen");
  // axe sees the page as served; what is added below is wrong on purpose.
  await expectAccessible(page);
  await page.evaluate(() => {
    const main = document.querySelector("main")!;
    main.insertAdjacentHTML("beforeend", '<form action="/zoeken"><input name="q" type="text"><button>Zoek</button></form><p id="pale">Bleek</p><input name="u" type="password" autocomplete="username">');
    // Through the CSSOM: the page's Content-Security-Policy drops style attributes in inserted markup.
    Object.assign(document.getElementById("pale")!.style, { color: "#bbb", backgroundColor: "#fff" });
  });
  const codes = (await htmlcsErrors(page)).map((e) => `${e.code} ${e.element}`);
  expect(codes.some((c) => /\.F68 <input name="q"/.test(c)), codes.join("\n")).toBe(true);
  expect(codes.some((c) => /\.G18\.Fail <p id="pale"/.test(c)), codes.join("\n")).toBe(true);
  // The password field with username is a real H98 error, unlike the e-mail field above it.
  expect(codes.some((c) => /\.H98 <input name="u"/.test(c)), codes.join("\n")).toBe(true);
  await expect(expectNoHtmlcsErrors(page)).rejects.toThrow(/F68/);
});
