/**
 * `npm run bench -- import [--rows 2000] [--error-share 0.05] [--only pglite|postgres]`
 *
 * The organisation import of issue 15 (ADR 034) at the size the issue names: a generated .xlsx of
 * `rows` organisations (companies, schools, providers in Dutch towns, each with a contact address),
 * `error-share` of them with one error each (a KvK number of 7 digits, a postcode without letters, a
 * BRIN of 5 characters, no place, an e-mail without domain), and on the optional sheets an offer for
 * every fourth company and a course (half of them with a session) for every provider, named by the
 * organisation's name. Through the same use-cases the pages call:
 * upload + preview of the faulty file (every error must be named), then the corrected file: upload +
 * preview, and the confirmation (organisations, network membership, an invitation and its mail each,
 * one transaction). On a fresh PGlite (in memory) and a fresh PostgreSQL database (BENCH_DATABASE_URL's
 * server, default postgres://postgres@127.0.0.1:5432/postgres, dropped afterwards). Prints the
 * times and the load average. Target: parse + preview and confirm each under 10 s.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import ExcelJS from "exceljs";
import { count } from "drizzle-orm";
import { freshPostgresDatabase } from "./support/postgres.ts";
import { openDatabase, type Database } from "../app/db/client.server.ts";
import { mailOutbox, organisation } from "../app/db/schema/index.ts";
import { COLUMNS, HEADINGS } from "../app/domain/onboarding/rows.ts";
import { COURSE_COLUMNS, COURSE_HEADINGS, OFFER_COLUMNS, OFFER_HEADINGS, type CourseColumn, type OfferColumn } from "../app/domain/onboarding/sheets.ts";
import { GAZETTEER } from "../app/lib/geo/gazetteer-data.ts";
import { confirmOnboardingImport } from "../app/services/onboarding/confirm-onboarding-import.server.ts";
import { createOnboardingImport } from "../app/services/onboarding/create-onboarding-import.server.ts";
import { getOnboardingImport } from "../app/services/onboarding/get-onboarding-import.server.ts";
import { createTestServices } from "../tests/support/services.ts";
import { insertCoordinator, insertNetwork, insertUser } from "../tests/support/factories.ts";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "2000" },
    "error-share": { type: "string", default: "0.05" },
    only: { type: "string" },
  },
});
const ROWS = Number(values.rows);
const ERROR_SHARE = Number(values["error-share"]);
const TARGET_MS = 10_000;

type Cells = Record<(typeof COLUMNS)[number], string>;

/** The organisations; every 1/ERROR_SHARE-th row carries one error of five kinds in turn. */
function generate(withErrors: boolean): { rows: Cells[]; faulty: number } {
  const places = GAZETTEER.slice(0, 300).map((p) => p.name);
  const every = Math.round(1 / ERROR_SHARE);
  let faulty = 0;
  const rows = Array.from({ length: ROWS }, (_, i): Cells => {
    const kind = i % 10 === 0 ? "school" : i % 10 === 1 ? "opleider" : "bedrijf";
    const cells: Cells = {
      name: `${kind === "bedrijf" ? "Techniekbedrijf" : kind === "school" ? "Scholengemeenschap" : "Opleidingscentrum"} ${i + 1}`,
      kind,
      kvk: kind === "bedrijf" ? String(10_000_000 + i) : "",
      brin: kind === "bedrijf" ? "" : brinOf(i),
      branch: kind === "school" ? String((i % 9) + 1).padStart(2, "0") : "",
      street: `Werkplaatsstraat ${1 + (i % 200)}`,
      postcode: `${1000 + (i % 8999)} ${String.fromCharCode(65 + (i % 18))}${String.fromCharCode(66 + ((i >> 3) % 20))}`,
      place: places[i % places.length]!,
      sector: "Maakindustrie",
      contactName: `Contact ${i + 1}`,
      contactEmail: `contact${i + 1}@organisatie${i + 1}.example`,
    };
    if (withErrors && i % every === every - 1) {
      faulty++;
      const which = (i / every) % 5 | 0;
      if (which === 0) cells.kvk = "1234567";
      else if (which === 1) cells.postcode = "1234";
      else if (which === 2) cells.brin = "12ABC";
      else if (which === 3) cells.place = "";
      else cells.contactEmail = "contact@";
    }
    return cells;
  });
  return { rows, faulty };
}
/** A distinct BRIN for each school and provider row (two per ten rows): 2 digits, a letter, "X". */
function brinOf(i: number): string {
  const j = Math.floor(i / 10) * 2 + (i % 10);
  return `${String(j % 100).padStart(2, "0")}${String.fromCharCode(65 + (Math.floor(j / 100) % 26))}X`;
}

/** The offers (every fourth company) and courses (every provider) of the organisations, by name. */
function items(rows: Cells[]): { offers: Record<OfferColumn, string>[]; courses: Record<CourseColumn, string>[] } {
  const companies = rows.filter((r) => r.kind === "bedrijf");
  const providers = rows.filter((r) => r.kind === "opleider");
  const offers = companies
    .filter((_, i) => i % 4 === 0)
    .map((r, i) => ({
      organisation: r.name,
      title: `Gastles ${i + 1}`,
      kind: i % 2 ? "bedrijfsbezoek" : "gastles",
      topics: "lassen, installatietechniek",
      levels: "vmbo-kader, mbo-2",
      locations: "school, bedrijf",
      description: "Een vakman laat zien wat het werk inhoudt.",
      duration: "90",
    }));
  const courses = providers.map((r, i) => ({
    organisation: r.name,
    title: `Cursus ${i + 1}`,
    summary: "Vier dagdelen in de werkplaats.",
    description: "",
    topics: "lassen",
    targetGroups: "werknemers",
    level: "mbo-2",
    format: "fysieke hub",
    price: "250",
    ...(i % 2
      ? { date: "2030-03-15", startTime: "09:00", endTime: "12:00", address: "", place: r.place, capacity: "12", deadline: "2030-03-01" }
      : { date: "", startTime: "", endTime: "", address: "", place: "", capacity: "", deadline: "" }),
  }));
  return { offers, courses };
}

async function xlsx(rows: Cells[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Organisaties");
  sheet.addRow(COLUMNS.map((c) => HEADINGS[c]));
  for (const r of rows) sheet.addRow(COLUMNS.map((c) => r[c]));
  const { offers, courses } = items(rows);
  const offerSheet = workbook.addWorksheet("Aanbod");
  offerSheet.addRow(OFFER_COLUMNS.map((c) => OFFER_HEADINGS[c]));
  for (const o of offers) offerSheet.addRow(OFFER_COLUMNS.map((c) => o[c]));
  const courseSheet = workbook.addWorksheet("Cursussen");
  courseSheet.addRow(COURSE_COLUMNS.map((c) => COURSE_HEADINGS[c]));
  for (const c of courses) courseSheet.addRow(COURSE_COLUMNS.map((k) => c[k]));
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

async function run(label: string, database: Database): Promise<boolean> {
  const services = createTestServices(database);
  const network = await insertNetwork(services.db, { slug: "bench-regio", name: "Bench-regio" });
  const coordinator = await insertUser(services.db, { name: "Bench Coördinator", email: "coordinator@bench.example" });
  await insertCoordinator(services.db, network.id, coordinator);
  const slug = network.slug;

  const faultyFile = generate(true);
  const faultyBytes = await xlsx(faultyFile.rows);
  const faulty = await time(async () => {
    const { id } = await createOnboardingImport(services, coordinator, { slug, file: { name: "bench-fout.xlsx", bytes: faultyBytes } });
    return getOnboardingImport(services, coordinator, { slug, id });
  });
  const named = new Set(faulty.result.errors.map((e) => e.row)).size;

  const good = generate(false);
  const goodBytes = await xlsx(good.rows);
  const preview = await time(async () => {
    const { id } = await createOnboardingImport(services, coordinator, { slug, file: { name: "bench.xlsx", bytes: goodBytes } });
    return getOnboardingImport(services, coordinator, { slug, id });
  });
  const confirm = await time(() => confirmOnboardingImport(services, coordinator, { slug, id: preview.result.id, decisions: {} }));
  const [orgs] = await services.db.select({ n: count() }).from(organisation);
  const [mails] = await services.db.select({ n: count() }).from(mailOutbox);

  const load = os.loadavg().map((l) => l.toFixed(2)).join(" ");
  console.log(
    `${label}: ${ROWS} rows (${(faultyBytes.byteLength / 1024).toFixed(0)} KB .xlsx), ${faultyFile.faulty} with an error: ` +
      `parse+preview ${(faulty.ms / 1000).toFixed(2)} s (${named} rows named, ${faulty.result.errors.length} errors) · ` +
      `corrected file parse+preview ${(preview.ms / 1000).toFixed(2)} s · confirm ${(confirm.ms / 1000).toFixed(2)} s ` +
      `(${confirm.result.created} organisations, ${confirm.result.offers} offers, ${confirm.result.courses} courses, ${confirm.result.sessions} sessions, ${confirm.result.invited} invitations; ${orgs!.n} organisations, ${mails!.n} mails in the database) · load ${load}`,
  );
  const expected = items(good.rows);
  const ok = named === faultyFile.faulty && preview.result.errors.length === 0 && confirm.result.created === ROWS && confirm.result.offers === expected.offers.length && confirm.result.courses === expected.courses.length && faulty.ms < TARGET_MS && preview.ms < TARGET_MS && confirm.ms < TARGET_MS;
  if (!ok) console.error(`${label}: NOT MET (every error named, everything imported, each step under ${TARGET_MS / 1000} s)`);
  await database.close();
  return ok;
}

async function main() {
  let ok = true;
  if (values.only !== "postgres") ok = (await run("PGlite", await openDatabase({ dataDir: null }))) && ok;
  if (values.only !== "pglite") {
    const fresh = await freshPostgresDatabase("technohub_bench_import");
    try {
      ok = (await run("PostgreSQL", await openDatabase({ url: fresh.url, max: 4 }))) && ok;
    } finally {
      await fresh.drop();
    }
  }
  process.exit(ok ? 0 : 1);
}

await main();
