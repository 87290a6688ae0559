/**
 * A list's address against the production build: what a GET form sent empty is redirected away
 * (one address per search, for sharing and for the page cache's key, ADR 018), what was filled in
 * stays, a notice flag stays.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startApp, type Harness, type Role } from "../support/app-harness.ts";

let h: Harness;

beforeAll(async () => {
  h = await startApp();
}, 120_000);

afterAll(async () => {
  await h?.close();
});

async function answer(path: string, role: Role = "visitor") {
  const response = await h.request(role, path);
  await response.body?.cancel();
  return { status: response.status, location: response.headers.get("location") };
}

describe("a list's address", () => {
  test("the fields a search form sent empty are redirected away, on every list with a GET form", async () => {
    for (const [asked, canonical, role] of [
      ["/aanbod?q=&soort=&onderwerp=&niveau=&waar=&bij=&afstand=", "/aanbod", "visitor"],
      ["/aanbod?q=lassen&soort=&afstand=", "/aanbod?q=lassen", "visitor"],
      ["/netwerken?q=&provincie=&provincie=Utrecht&soort=", "/netwerken?provincie=Utrecht", "visitor"],
      ["/nieuws?provincie=", "/nieuws", "visitor"],
      ["/organisaties?q=&soort=school", "/organisaties?soort=school", "visitor"],
      ["/zoeken?q=lassen&soort=", "/zoeken?q=lassen", "visitor"],
      ["/?bij=", "/", "visitor"],
      ["/behoeften/overzicht?onderwerp=&regio=", "/behoeften/overzicht", "provider"],
      ["/beheer/personen?zoek=", "/beheer/personen", "admin"],
      ["/beheer/logboek?wie=&actie=&onderwerp=&van=&tot=", "/beheer/logboek", "admin"],
    ] as const) {
      expect(await answer(asked, role), asked).toEqual({ status: 302, location: canonical });
      expect((await answer(canonical, role)).status, canonical).toBe(200);
    }
  });

  test("what was filled in stays as it came, so the page can say what it ignored", async () => {
    expect(await answer("/nieuws?provincie=Atlantis")).toEqual({ status: 200, location: null });
    expect(await answer("/aanbod?afstand=7")).toEqual({ status: 200, location: null });
    expect(await answer("/nieuws?provincie=Atlantis&netwerk=")).toEqual({ status: 302, location: "/nieuws?provincie=Atlantis" });
  });
});
