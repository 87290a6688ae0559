/**
 * The map of every network (ADR 020): its markers are not in the home page, which says only how
 * many there are; the map fetches them from /netwerken/vestigingen.json, which answers everyone
 * the same, never an archived network's vestiging, and refuses an address with a filter it does
 * not take. Over HTTP against the production build, on the demo data.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, TEST_DB, type Harness } from "../support/app-harness.ts";
import type { MapMarker } from "~/ui/map/network-map.tsx";

const ARCHIVED = "Vestiging van een gearchiveerd netwerk";
const LIVE = "Praktijklokaal OBM Midden-Nederland";

describe(`the map's markers (${TEST_DB})`, () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startApp();
    await h.query(sql`
      with archived as (
        insert into network (slug, name, kind, archived_at) values ('gearchiveerd-op-de-kaart', 'Gearchiveerd op de kaart', 'pps', now()) returning id
      )
      insert into network_location (network_id, name, kind, place, lat, lon) select id, ${ARCHIVED}, 'physical', 'Zwolle', 52.51, 6.09 from archived`);
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  const markersOf = async (role: "visitor" | "teacher") => {
    const response = await h.request(role, "/netwerken/vestigingen.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    return ((await response.json()) as { markers: MapMarker[] }).markers;
  };

  it("answers the vestigingen of the networks in use, named for the reader, and nothing of an archived network", async () => {
    const markers = await markersOf("visitor");
    const live = markers.find((m) => m.title.startsWith(LIVE));
    expect(live).toMatchObject({ title: expect.stringMatching(/^Praktijklokaal OBM Midden-Nederland \(.+\)$/), detail: "Fysieke hub · Nieuwegein", href: expect.stringMatching(/^\/netwerken\/[a-z0-9-]+$/) });
    expect(typeof live!.lat).toBe("number");
    expect(JSON.stringify(markers)).not.toContain(ARCHIVED);
    // A signed-in person sees the same map: there is nothing on it a visitor may not see.
    expect(await markersOf("teacher")).toEqual(markers);
  });

  it("is not in the home page, which says how many vestigingen the map shows", async () => {
    const markers = await markersOf("visitor");
    const html = await (await h.request("visitor", "/")).text();
    expect(html).toContain(`${markers.length} vestigingen op de kaart.`);
    expect(html).not.toContain(LIVE);
    expect(html).not.toContain(ARCHIVED);
  });

  it("refuses an address with a filter it does not take", async () => {
    const response = await h.request("visitor", "/netwerken/vestigingen.json?provincie=Utrecht");
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain(LIVE);
  });
});
