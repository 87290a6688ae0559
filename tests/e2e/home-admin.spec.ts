import { test, expect, signInAs } from "./fixtures.ts";

/**
 * What issue 12 left open on the home page and the phone's menu: an administrator's home lists
 * what waits in /beheer, a signed-in person still finds the one search box there, and the
 * compact "Menu" says how many messages are unread (the demo gives the teacher a few).
 */

test.describe("at 1280 px", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("administrator: the home lists what waits in /beheer, each item opens there; the search box is on the home", async ({ page }) => {
    await signInAs(page, "admin");
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 2, name: "Als beheerder" })).toBeVisible();
    await expect(page.getByText("U hoort nog niet bij een school")).toHaveCount(0);

    const links = page.getByRole("list", { name: "Wat wacht: Als beheerder" }).getByRole("link");
    const count = await links.count();
    // The demo organisations are not verified yet, and several networks have no coordinator.
    expect(count).toBeGreaterThan(0);
    await expect(page.getByText("Organisatie nog niet bevestigd: controleer de gegevens").first()).toBeVisible();
    await expect(page.getByText("Netwerk zonder coördinator: wijs er een aan").first()).toBeVisible();
    for (let i = 0; i < count; i++) {
      const href = (await links.nth(i).getAttribute("href"))!;
      expect(href).toMatch(/^\/beheer\//);
      expect((await page.request.get(href)).status(), href).toBe(200);
    }
    const first = (await links.first().getAttribute("href"))!;
    await links.first().click();
    await expect(page).toHaveURL((url) => url.pathname === first);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // The one search box over everything: a plain GET form to /zoeken with q.
    await page.goto("/");
    const search = page.getByRole("search");
    await expect(search.getByLabel("Zoeken in Technohub")).toBeVisible();
    await expect(search.locator("form")).toHaveAttribute("action", "/zoeken");
    await expect(search.getByLabel("Zoeken in Technohub")).toHaveAttribute("name", "q");
  });
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the phone's Menu says how many messages are unread, with a real plural, and the inbox holds the demo's messages", async ({ page }) => {
    await signInAs(page, "teacher");
    await page.goto("/");
    const summary = page.getByRole("navigation", { name: "Hoofdmenu" }).locator(".th-nav__compact > summary");
    const text = ((await summary.textContent()) ?? "").replace(/\s+/g, " ").trim();
    const said = /^Menu (\d+), (\d+) ongelezen (bericht|berichten)$/.exec(text);
    expect(said, text).not.toBeNull();
    const unread = Number(said![1]);
    expect(unread).toBeGreaterThan(0);
    expect(Number(said![2])).toBe(unread);
    expect(said![3]).toBe(unread === 1 ? "bericht" : "berichten");

    await summary.getByText("Menu", { exact: true }).click();
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: /^Berichten/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Berichten" })).toBeVisible();
    await expect(page.getByText(/^Afspraak ingepland: /).first()).toBeVisible();
    await expect(page.getByText(/^Afspraak heeft plaatsgevonden: /).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test("without unread messages the Menu says only Menu", async ({ page }) => {
    await signInAs(page, "admin");
    await page.goto("/");
    const summary = page.getByRole("navigation", { name: "Hoofdmenu" }).locator(".th-nav__compact > summary");
    await expect(summary).toHaveText("Menu");
  });
});
