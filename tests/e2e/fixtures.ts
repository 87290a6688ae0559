import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** Runs axe-core (WCAG 2.1 A and AA) on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).exclude(".leaflet-container").analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Every page a test visits is checked with axe: navigations are recorded, and
 * after the test each distinct URL is opened again (same session) and
 * analysed. Tests call expectAccessible() themselves for states a GET cannot
 * reproduce, such as a form shown with its errors.
 */
export const test = base.extend<{ visited: Set<string> }>({
  visited: [
    async ({ page, context }, use) => {
      const visited = new Set<string>();
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame()) {
          const url = new URL(frame.url());
          if (url.protocol.startsWith("http") && !url.pathname.startsWith("/api/") && !/\.(ics|json|csv|xlsx|pdf)$/.test(url.pathname)) visited.add(url.pathname + url.search);
        }
      });
      await use(visited);
      const checker = await context.newPage();
      for (const url of visited) {
        const response = await checker.goto(url);
        const type = response?.headers()["content-type"] ?? "";
        if (type.includes("text/html")) await expectAccessible(checker);
      }
      await checker.close();
    },
    { auto: true },
  ],
});

export { expect };

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
}

export const DEMO_PASSWORD = "technohub-demo";
