import { test, expect, signInAs, type DemoUser } from "./fixtures.ts";

/**
 * Home, per person: each demo role starts at / and follows every link in its list of what waits
 * to the page where it is acted on; a visitor narrows what is coming up to a place and follows a
 * link of each kind. At a desktop width and at a phone's.
 */

const ROLES: { who: DemoUser; section: string }[] = [
  { who: "teacher", section: "Als docent" },
  { who: "company", section: "Als bedrijf" },
  { who: "provider", section: "Als opleider" },
  { who: "coordinator", section: "Als coördinator" },
  { who: "employee", section: "Uw cursussen" },
];

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    for (const { who, section } of ROLES) {
      test(`${who}: every item on the home page leads to where it is acted on`, async ({ page }) => {
        await signInAs(page, who);
        await page.goto("/");
        await expect(page.getByRole("heading", { level: 1 })).toContainText("Welkom");
        await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
        // The summary counts what waits on this person; each of those items says so in words.
        const list = page.getByRole("list", { name: `Wat wacht: ${section}` });
        const summary = (await page.getByRole("region", { name: section }).getByText(/^(U hoeft nu niets te doen\.|\d+ punt(en)? wacht(en)? op u)/).textContent())!;
        const waiting = summary.startsWith("U hoeft") ? 0 : Number(/^\d+/.exec(summary)![0]);
        await expect(list.getByText("Actie nodig", { exact: true })).toHaveCount(waiting);
        const links = list.getByRole("link");
        const count = await links.count();
        expect(count, `items for ${who} in the demo data`).toBeGreaterThan(0);
        for (let i = 0; i < count; i++) {
          const link = links.nth(i);
          const href = (await link.getAttribute("href"))!;
          // The page answers for this person (not a refusal or an error page) …
          expect((await page.request.get(href)).status(), href).toBe(200);
          // … and the link takes them there.
          await link.click();
          await expect(page).toHaveURL((url) => url.pathname === href);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          await page.goto("/");
        }
      });
    }

    test("visitor: what is coming up, near a place; a link of each kind; the networks on the map", async ({ page }) => {
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samen werken aan techniekonderwijs in de regio");
      await expect(page.getByRole("search").getByLabel("Zoeken in Technohub")).toBeVisible();
      await expect(page.getByText("Alles in het hele land, wat het eerst komt bovenaan.")).toBeVisible();

      await page.getByLabel("Plaats of postcode").fill("Emmeloord");
      await page.getByRole("button", { name: "Toon wat in de buurt is" }).click();
      await expect(page).toHaveURL(/\?bij=Emmeloord$/);
      await expect(page.getByText(/^Binnen 30 km van Emmeloord/)).toBeVisible();
      const courses = page.getByRole("region", { name: "Cursussen" });
      await expect(courses.getByRole("link", { name: "MIG/MAG-lassen voor beginners" })).toBeVisible();
      await expect(courses.getByRole("link", { name: "CNC-draaien en -frezen" })).toHaveCount(0); // Nieuwegein is far away

      await courses.getByRole("link", { name: "MIG/MAG-lassen voor beginners" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("MIG/MAG-lassen voor beginners");

      // What comes first changes as other specs publish offers and events: follow each list's first item.
      for (const region of ["Evenementen", "Gastlessen en bedrijfsbezoeken"]) {
        await page.goto("/");
        const link = page.getByRole("region", { name: region }).getByRole("listitem").first().getByRole("link").first();
        const text = (await link.textContent())!.trim();
        await link.click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(text);
      }

      await page.goto("/");
      const news = page.getByRole("region", { name: "Laatste nieuws" });
      const first = news.getByRole("heading", { level: 3 }).first();
      const title = (await first.textContent())!;
      await first.getByRole("link").click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

      await page.goto("/");
      // Every marker on the map has a name a screen reader reads out. The map loads once it is on screen.
      await page.locator(".th-map__canvas").first().scrollIntoViewIfNeeded();
      const markers = page.locator(".leaflet-marker-icon");
      await expect(markers.first()).toBeVisible();
      // The markers are fetched when the map is shown (ADR 020); the page said how many.
      const caption = await page.locator(".th-map__caption").first().innerText();
      await expect(markers).toHaveCount(Number(/(\d+) vestigingen op de kaart/.exec(caption)?.[1]));
      const names = await markers.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label") || n.getAttribute("title") || ""));
      for (const name of names) expect(name.trim()).not.toBe("");
      // By keyboard, a marker's popup links to its network.
      await markers.first().focus();
      await page.keyboard.press("Enter");
      await expect(page.locator(".leaflet-popup a[href^='/netwerken/']")).toBeVisible();
      await page.getByRole("link", { name: "Bekijk alle netwerken" }).click();
      await expect(page).toHaveURL(/\/netwerken$/);
    });

    test("visitor: a place the gazetteer does not know says so and shows everything", async ({ page }) => {
      await page.goto("/?bij=Nergenshuizen");
      await expect(page.getByText("De plaats of postcode “Nergenshuizen” kennen we niet. Hieronder staat alles in het hele land.")).toBeVisible();
      await expect(page.getByText(/^Binnen 30 km/)).toHaveCount(0);
      // Nationwide: the sessions in Nieuwegein and in Emmeloord alike.
      await expect(page.getByRole("region", { name: "Cursussen" }).getByRole("link", { name: "CNC-draaien en -frezen" })).toBeVisible();
      await expect(page.getByRole("region", { name: "Cursussen" }).getByRole("link", { name: "MIG/MAG-lassen voor beginners" })).toBeVisible();
    });
  });
}

test("a link reached by keyboard shows the same focus ring as a button", async ({ page }) => {
  await page.goto("/");
  const ring = (selector: string) =>
    page.evaluate((s) => {
      const style = getComputedStyle(document.activeElement!);
      return document.activeElement!.matches(s) ? `${style.outlineStyle} ${style.outlineWidth}` : "not focused";
    }, selector);
  // Tab until a link in the page's content has focus, and until a button has.
  const seen = new Map<string, string>();
  for (let i = 0; i < 40 && seen.size < 2; i++) {
    await page.keyboard.press("Tab");
    for (const selector of ["main a.utrecht-link", "main button.utrecht-button"]) if (!seen.has(selector) && (await ring(selector)) !== "not focused") seen.set(selector, await ring(selector));
  }
  expect(seen.get("main a.utrecht-link")).toBeDefined();
  expect(seen.get("main a.utrecht-link")).toBe(seen.get("main button.utrecht-button"));
  expect(seen.get("main a.utrecht-link")).not.toMatch(/^(none|auto) /);
});
