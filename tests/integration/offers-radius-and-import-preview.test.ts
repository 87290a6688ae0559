/**
 * Two pages against the production build, as a browser without JavaScript gets them: /aanbod with
 * a distance (`?afstand=`) beside the place, and the onboarding preview saying, beside a row's
 * merge/skip choice, that merging would give the matched organisation a BRIN another one holds.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { COLUMNS, HEADINGS } from "~/domain/onboarding/rows.ts";
import { startApp, TEST_DB, type Harness, type Role } from "../support/app-harness.ts";

let h: Harness;

beforeAll(async () => {
  h = await startApp();
}, 180_000);

afterAll(async () => {
  await h?.close();
});

async function get(path: string, role: Role = "visitor") {
  const response = await h.request(role, path);
  expect(response.status, path).toBe(200);
  return response.text();
}

/** The results' summary line: "5 resultaten binnen 10 km van Utrecht". */
const summary = (html: string) =>
  /<p class="utrecht-paragraph" role="status"><strong>([^<]*)<\/strong>([^<]*)/
    .exec(html)
    ?.slice(1)
    .join("")
    .replace(/ · $/, "")
    .trim();
const resultLinks = (html: string) => [...html.matchAll(/<h3[^>]*class="[^"]*th-result__title[^"]*"[^>]*><a[^>]*href="\/aanbod\/([0-9a-f-]{36})"/g)].map((m) => m[1]!);

describe(`/aanbod with a distance (${TEST_DB})`, () => {
  test("offers the distances beside the place, keeps the chosen one, counts only the offers within it and says so", async () => {
    const all = await get("/aanbod?bij=Utrecht");
    expect(all).toMatch(/<select[^>]*name="afstand"/);
    expect(all).toContain('<option value="" selected="">Alle afstanden</option>');
    const within = await get("/aanbod?bij=Utrecht&afstand=10");
    expect(within).toContain('<option value="10" selected="">10 km</option>');
    expect(summary(within)).toMatch(/^\d+ resultaten? binnen 10 km van Utrecht$/);
    expect(resultLinks(within).length).toBeGreaterThan(0);
    // Within 10 km is fewer than everything that reaches Utrecht (online offers among it).
    const counted = (html: string) => Number(/^(\d+)/.exec(summary(html) ?? "")?.[1]);
    expect(counted(within)).toBeLessThan(counted(all));
    expect(resultLinks(within).every((id) => resultLinks(all).includes(id))).toBe(true);
  });

  test("a distance it does not offer is ignored and said so; a distance without a place says what it needs", async () => {
    const odd = await get("/aanbod?bij=Utrecht&afstand=7");
    expect(odd).toContain("De afstand ‘7’ kunnen we niet gebruiken; er is op alle afstanden gezocht.");
    expect(summary(odd)).not.toContain("binnen");
    const nowhere = await get("/aanbod?afstand=10");
    expect(nowhere).toContain("Een afstand werkt alleen vanaf een plaats");
  });
});

describe(`the onboarding preview (${TEST_DB})`, () => {
  test("says beside the row's merge/skip choice that merging would give the matched organisation a BRIN another one holds", async () => {
    // NUOVO Scholengroep (Utrecht) has no BRIN; 99DW is Vmbo De Werkplaats's. The row matches by its KvK
    // number (which comes before the BRIN), so a merge would give NUOVO Scholengroep the taken 99DW.
    await h.query(sql`update organisation set kvk_number = '87654321' where slug = 'nuovo-scholengroep' and brin is null`);
    const cells: Partial<Record<(typeof COLUMNS)[number], string>> = { name: "NUOVO", kind: "school", kvk: "87654321", brin: "99DW", place: "Utrecht" };
    const csv = [COLUMNS.map((c) => HEADINGS[c]).join(";"), COLUMNS.map((c) => cells[c] ?? "").join(";")].join("\r\n");
    const form = new FormData();
    form.set("file", new File([csv], "organisaties.csv", { type: "text/csv" }));
    const base = "/netwerken/technet-utrecht/organisaties-importeren";
    const uploaded = await h.request("coordinator", base, { method: "POST", headers: { origin: h.baseUrl }, body: form });
    expect(uploaded.status).toBeGreaterThanOrEqual(300);
    const preview = uploaded.headers.get("location")!;
    expect(preview).toMatch(new RegExp(`^${base}/[0-9a-f-]{36}$`));
    const html = await get(preview, "coordinator");
    expect(html).toContain("Rij 2: NUOVO is NUOVO Scholengroep (zelfde KvK-nummer)");
    expect(html).toContain(
      '<div id="besluit-2-taken"><div class="utrecht-alert utrecht-alert--warning" role="status"><div class="utrecht-alert__content"><div class="utrecht-alert__message"><p class="utrecht-paragraph">Samenvoegen zou NUOVO Scholengroep het BRIN-nummer geven dat Vmbo De Werkplaats (NUOVO) al heeft. Kies overslaan, of haal het BRIN-nummer uit deze rij.</p>',
    );
    expect(html).toMatch(/<fieldset id="f-besluit-2" aria-describedby="besluit-2-taken"/);
  });
});
