/**
 * A list's address against the production build: what a GET form sent empty is redirected away
 * (one address per search, for sharing and for the page cache's key, ADR 018), what was filled in
 * stays, a notice flag stays; a merged network's news sends on to the network it was merged into,
 * as its page does.
 */
import { sql } from "drizzle-orm";
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

  test("a merged network's news and its feed send on, for good, to those of the network it was merged into", async () => {
    await h.query(sql`insert into network (slug, name, kind, archived_at, merged_into_id)
      select 'opgegaan-netwerk', 'Opgegaan netwerk', kind, now(), id from network where slug = 'technet-utrecht'`);
    expect(await answer("/nieuws?netwerk=opgegaan-netwerk")).toEqual({ status: 301, location: "/nieuws?netwerk=technet-utrecht" });
    expect(await answer("/nieuws?netwerk=opgegaan-netwerk&pagina=3")).toEqual({ status: 301, location: "/nieuws?netwerk=technet-utrecht" });
    expect((await answer("/nieuws?netwerk=technet-utrecht")).status).toBe(200);
    // Its feed too, so a feed reader keeps the new address.
    expect(await answer("/netwerken/opgegaan-netwerk/nieuws.xml")).toEqual({ status: 301, location: "/netwerken/technet-utrecht/nieuws.xml" });
    expect((await answer("/nieuws?netwerk=bestaat-niet")).status).toBe(404);
  });
});
