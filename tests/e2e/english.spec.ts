import type { Page } from "@playwright/test";
import { dutchOn } from "./dutch-words.ts";
import { expect, signInAs, test } from "./fixtures.ts";

async function chooseEnglish(page: Page) {
  await page.goto("/");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

async function expectEnglish(page: Page, paths: string[]) {
  const dutch: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    dutch.push(...(await dutchOn(page)));
  }
  expect(dutch).toEqual([]);
}

test("a visitor who chose English sees the public pages in English", async ({ page }) => {
  await chooseEnglish(page);
  await expectEnglish(page, [
    "/",
    "/netwerken",
    "/netwerken/technet-utrecht",
    "/netwerken/technologieroute",
    "/netwerken/technet-utrecht/impact",
    "/netwerken/technet-utrecht/agenda",
    "/aanbod",
    "/cursussen",
    "/evenementen",
    "/evenementen/techniekdag-utrecht-2027",
    "/nieuws",
    "/tips",
    "/organisaties",
    "/programmas",
    "/inloggen",
    "/registreren",
  ]);
});

test("a teacher who switches to English sees their pages in English, and keeps the choice", async ({ page }) => {
  await signInAs(page, "teacher");
  await chooseEnglish(page);
  await expectEnglish(page, ["/aanbod", "/vragen", "/vragen/nieuw", "/afspraken", "/evenementen/techniekdag-utrecht-2027", "/account"]);
  // The switch stored the preference: the account form shows it.
  await expect(page.getByLabel("Website language")).toHaveValue("en");
});

test("a coordinator who switches to English sees the coordination pages in English", async ({ page }) => {
  await signInAs(page, "coordinator");
  await chooseEnglish(page);
  await expectEnglish(page, ["/coordinatie", "/coordinatie/vragen", "/netwerken/technet-utrecht/impact", "/netwerken/technet-utrecht/monitor", "/behoeften/overzicht"]);
});
