import type { Page } from "@playwright/test";
import { test, expect, signInAs } from "./fixtures.ts";

/** The unread count the menu says beside "Berichten" (0 when it names none). */
async function unreadInMenu(page: Page): Promise<number> {
  const link = page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: /^Berichten/ });
  await expect(link).toBeVisible();
  const match = /(\d+)\s*ongelezen/.exec((await link.textContent()) ?? "");
  return match ? Number(match[1]) : 0;
}

test("a teacher reads a message about her appointment in the inbox; the count in the menu drops", async ({ page }) => {
  const body = `Past dinsdag om 10:00? (${Date.now()})`;

  await signInAs(page, "teacher");
  await page.goto("/inbox");
  const before = await unreadInMenu(page);

  // Kiremko writes in the thread of the teacher's requested guest lesson.
  await signInAs(page, "company");
  await page.goto("/afspraken");
  await page.getByRole("row").filter({ hasText: /Werkplaats/ }).filter({ hasText: "machinebouw" }).first().getByRole("link").first().click();
  const thread = page.locator("form").filter({ has: page.getByLabel("Bericht", { exact: true }) });
  await thread.getByLabel("Bericht", { exact: true }).fill(body);
  await thread.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByText(body)).toBeVisible();
  const appointmentUrl = new URL(page.url()).pathname;

  // The teacher sees one more unread message, said in full to screen readers.
  await signInAs(page, "teacher");
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: `Berichten ${before + 1} ongelezen`, exact: true })).toBeVisible();
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: /^Berichten/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Berichten" })).toBeVisible();

  const item = page.getByRole("listitem").filter({ hasText: body });
  await expect(item.getByText("Ongelezen", { exact: true })).toBeVisible();
  await item.getByRole("link", { name: /^Nieuw bericht over/ }).click();

  // Opening it leads to the appointment, and the item counts as read.
  await expect(page).toHaveURL(new RegExp(`${appointmentUrl}$`));
  await expect(page.getByText(body)).toBeVisible();
  expect(await unreadInMenu(page)).toBe(before);

  await page.goto("/inbox?ongelezen=1");
  await expect(page.getByRole("listitem").filter({ hasText: body })).toHaveCount(0);
});

test("a person chooses one daily summary instead of single mails, and back", async ({ page }) => {
  await signInAs(page, "employee");
  await page.goto("/inbox");
  await page.getByRole("link", { name: "Instellingen voor e-mail" }).click();
  await expect(page.getByRole("radio", { name: "Direct per e-mail" })).toBeChecked();
  await page.getByRole("radio", { name: "Eén dagelijkse samenvatting" }).check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Uw keuze is opgeslagen.")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Eén dagelijkse samenvatting" })).toBeChecked();
  await page.getByRole("radio", { name: "Direct per e-mail" }).check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("radio", { name: "Direct per e-mail" })).toBeChecked();
});
