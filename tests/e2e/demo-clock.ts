import type { Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

/** A weekday some days ahead, as an ISO date (the server runs on the real clock). */
export function futureWeekday(daysAhead: number): string {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Moves the demo server's clock forward and runs the reliability jobs (development/demo only). */
export async function advanceClock(page: Page, days: number) {
  await page.goto("/dev/klok");
  await page.getByLabel("Aantal dagen vooruit").fill(String(days));
  await page.getByRole("button", { name: "Vooruitzetten en taken uitvoeren" }).click();
  await expect(page.getByText(/Herinneringen en escalaties uitgevoerd/)).toBeVisible();
}

export async function resetClock(page: Page) {
  await page.goto("/dev/klok");
  await page.getByRole("button", { name: "Terug naar de echte tijd" }).click();
  await expect(page.getByText(/Herinneringen en escalaties uitgevoerd/)).toBeVisible();
}
