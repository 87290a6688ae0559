import type { Page } from "@playwright/test";
import { dutchOn } from "./dutch-words.ts";
import { expect, signInAs, test } from "./fixtures.ts";

async function chooseEnglish(page: Page) {
  await page.goto("/");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

/**
 * The switch stores a signed-in person's choice on the account, and the demo accounts are shared
 * by every spec that runs after this one: each test that switches gives the account its Dutch back.
 */
async function chooseDutchAgain(page: Page) {
  await page.goto("/");
  if ((await page.locator("html").getAttribute("lang")) === "en") {
    await page.locator("form.th-lang button").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  }
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
    "/zoeken?q=girlsdag",
    "/toegankelijkheid",
  ]);
});

test("a teacher who switches to English sees their pages in English, and keeps the choice", async ({ page }) => {
  await signInAs(page, "teacher");
  try {
    await chooseEnglish(page);
    await expectEnglish(page, ["/", "/aanbod", "/vragen", "/vragen/nieuw", "/afspraken", "/inbox", "/zoeken?q=lassen", "/evenementen/techniekdag-utrecht-2027", "/account"]);
    // The switch stored the preference: the account form shows it.
    await expect(page.getByLabel("Website language")).toHaveValue("en");
  } finally {
    await chooseDutchAgain(page);
  }
});

test("a coordinator who switches to English sees the coordination pages in English", async ({ page }) => {
  await signInAs(page, "coordinator");
  try {
    await chooseEnglish(page);
    await expectEnglish(page, ["/", "/coordinatie", "/coordinatie/vragen", "/netwerken/technet-utrecht/impact", "/netwerken/technet-utrecht/monitor", "/behoeften/overzicht"]);
  } finally {
    await chooseDutchAgain(page);
  }
});
