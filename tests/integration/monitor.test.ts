import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertCoordinator, insertNetwork, signUpUser } from "../support/factories.ts";
import type { Database } from "~/db/client.server.ts";
import type { SessionUser } from "~/context.ts";
import { indicator, indicatorValue, monitorImport, network } from "~/db/schema/index.ts";
import { seedDemoMonitor } from "~/db/seed/demo-monitor.ts";
import { DomainError } from "~/domain/errors.ts";
import { describeError } from "~/domain/monitor/rows.ts";
import { importMonitorRows } from "~/services/monitor/import-monitor-rows.server.ts";
import { getImportPreview } from "~/services/monitor/get-import-preview.server.ts";
import { getMonitor } from "~/services/monitor/get-monitor.server.ts";
import { getNetworkProfile } from "~/services/networks/get-network-profile.server.ts";
import { getImportForm } from "~/services/monitor/get-import-form.server.ts";
import { exportImportExample } from "~/services/monitor/export-import-example.server.ts";

const csv = (lines: string[]) => ({ name: "monitor.csv", bytes: new TextEncoder().encode(lines.join("\r\n")) });

describe(`regional monitor (${TEST_DB})`, () => {
  let database: Database;
  let services: ReturnType<typeof createTestServices>;
  let coordinator: SessionUser;
  let outsider: SessionUser;

  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
    coordinator = await signUpUser(services, { name: "Cor Coördinator", email: "cor@technet.test" });
    outsider = await signUpUser(services, { name: "Olga Buiten", email: "olga@elders.test" });
    const utrecht = await insertNetwork(services.db, { slug: "technet-utrecht", name: "TechNet Utrecht" });
    await insertNetwork(services.db, { slug: "technohub-nop", name: "Technohub NOP", kind: "technohub" });
    await insertCoordinator(services.db, utrecht, coordinator);
    const networks = new Map((await services.db.select().from(network)).map((n) => [n.slug, n.id]));
    await seedDemoMonitor(services.db, { networks });
  });
  afterAll(async () => {
    await database?.close();
  });

  const valueCount = async () => (await services.db.select({ n: count() }).from(indicatorValue))[0]!.n;

  it("shows the seeded figures with their sources; national ones on every network", async () => {
    const utrecht = await getMonitor(services, null, { slug: "technet-utrecht" });
    const share = utrecht.panels.find((p) => p.code === "vmbo-techniek-aandeel")!;
    expect(share.series).toEqual([{ name: "Regio Utrecht", points: [{ period: "2011-2012", value: 17 }, { period: "2016-2017", value: 11 }] }]);
    expect(share.rows.every((r) => r.source.includes("TechNet Utrecht"))).toBe(true);
    expect(utrecht.panels.find((p) => p.code === "vacatures-bouw-groei")!.rows[0]).toMatchObject({ period: "2016", value: 78 });
    expect(utrecht.panels.find((p) => p.code === "vacatures-bouw-groei")!.rows[0]!.source).toContain("UWV, Regio in beeld 2016");
    expect(utrecht.canImport).toBe(false);
    const nop = await getMonitor(services, null, { slug: "technohub-nop" });
    expect(nop.panels.map((p) => p.code)).toEqual(["nieuwe-technische-banen"]);
    expect(nop.panels[0]!.rows[0]).toMatchObject({ region: "Nederland", value: 3000 });
  });

  it("puts a network's own figures on its public page, not only the national ones", async () => {
    const utrecht = await getNetworkProfile(services, null, { slug: "technet-utrecht" });
    expect(utrecht.monitorHighlight).toMatchObject({ own: true });
    expect(utrecht.monitorHighlight!.rows.length).toBeGreaterThan(0);
    // Technohub NOP has only the national figure: its page links to the monitor but shows no chart.
    expect((await getNetworkProfile(services, null, { slug: "technohub-nop" })).monitorHighlight).toBeNull();
  });

  it("refuses a file with one bad row as a whole, naming the row and the column", async () => {
    const before = await valueCount();
    const file = csv([
      "indicator;regio;schooljaar;waarde;bron",
      "vmbo-techniek-aandeel;Regio Utrecht;2017-2018;10,5;DUO-cijfers 2018",
      "vmbo-techniek-aandeel;Regio Utrecht;2018-2019;tien;DUO-cijfers 2019",
      "vmbo-techniek-aandeel;Regio Utrecht;2019-2020;10;DUO-cijfers 2020",
    ]);
    const preview = await getImportPreview(services, coordinator, { slug: "technet-utrecht", file });
    expect(preview.errors.map(describeError)).toEqual(["Rij 3, kolom ‘waarde’: ‘tien’ is geen getal."]);
    expect(preview.valid).toHaveLength(2);
    // Confirming anyway (say, a hand-made post) is refused whole: nothing written, not even the good rows.
    const refused = await importMonitorRows(services, coordinator, { slug: "technet-utrecht", filename: file.name, rows: preview.rows });
    expect("refused" in refused ? refused.refused.map(describeError) : refused).toEqual(["Rij 3, kolom ‘waarde’: ‘tien’ is geen getal."]);
    expect(await valueCount()).toBe(before);
    expect((await services.db.select({ n: count() }).from(monitorImport))[0]!.n).toBe(0);
  });

  it("imports a good CSV into the chart and its table, replacing a figure for the same year", async () => {
    const file = csv([
      "indicator;regio;schooljaar;waarde;bron",
      "vmbo-techniek-aandeel;Regio Utrecht;2017-2018;10,5;DUO-cijfers 2018",
      "vmbo-techniek-aandeel;Regio Utrecht;2016-2017;11,2;DUO-cijfers 2017 (gecorrigeerd)",
    ]);
    const preview = await getImportPreview(services, coordinator, { slug: "technet-utrecht", file });
    expect(preview.errors).toEqual([]);
    expect(preview.replaces).toBe(1);
    expect(await importMonitorRows(services, coordinator, { slug: "technet-utrecht", filename: file.name, rows: preview.rows })).toEqual({ imported: 2 });
    const share = (await getMonitor(services, coordinator, { slug: "technet-utrecht" })).panels.find((p) => p.code === "vmbo-techniek-aandeel")!;
    expect(share.series[0]!.points).toEqual([
      { period: "2011-2012", value: 17 },
      { period: "2016-2017", value: 11.2 },
      { period: "2017-2018", value: 10.5 },
    ]);
    expect(share.rows.find((r) => r.period === "2017-2018")!.source).toBe("DUO-cijfers 2018");
  });

  it("reads XLSX, creates a new indicator when named, and lets only coordinators import", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad1");
    ws.addRow(["indicator", "naam", "eenheid", "regio", "periode", "waarde", "bron"]);
    ws.addRow(["vacatures-techniek", "Vacatures in de techniek", "aantal", "Regio Utrecht", 2018, 1250, "UWV 2018"]);
    ws.addRow(["vacatures-techniek", "", "", "Regio Utrecht", 2019, 1400, "UWV 2019"]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const file = { name: "vacatures.xlsx", bytes };
    expect(((await getImportPreview(services, outsider, { slug: "technet-utrecht", file }).catch((e: unknown) => e)) as DomainError).kind).toBe("forbidden");
    const preview = await getImportPreview(services, coordinator, { slug: "technet-utrecht", file });
    expect(preview.errors).toEqual([]);
    expect(preview.newIndicators).toEqual(["vacatures-techniek"]);
    await importMonitorRows(services, coordinator, { slug: "technet-utrecht", filename: file.name, rows: preview.rows });
    const [created] = await services.db.select().from(indicator).where(eq(indicator.code, "vacatures-techniek"));
    expect(created).toMatchObject({ name: "Vacatures in de techniek", unit: "aantal" });
    const panel = (await getMonitor(services, null, { slug: "technet-utrecht" })).panels.find((p) => p.code === "vacatures-techniek")!;
    expect(panel.rows.map((r) => [r.period, r.value])).toEqual([["2018", 1250], ["2019", 1400]]);
    // Another network's coordinator-less page does not show Utrecht's figures.
    expect((await getMonitor(services, null, { slug: "technohub-nop" })).panels.map((p) => p.code)).toEqual(["nieuwe-technische-banen"]);
  });

  it("lists every known indicator on the import page, not only those on this network's monitor", async () => {
    const nop = await insertNetwork(services.db, { slug: "technohub-nop-import", name: "Technohub NOP import" });
    await insertCoordinator(services.db, nop, coordinator);
    // The monitor of this network shows the national figure only …
    expect((await getMonitor(services, null, { slug: "technohub-nop-import" })).panels.map((p) => p.code)).toEqual(["nieuwe-technische-banen"]);
    // … but the import page names every indicator, with its name and unit.
    const form = await getImportForm(services, coordinator, { slug: "technohub-nop-import" });
    const all = await services.db.select({ code: indicator.code }).from(indicator);
    expect(form.indicators.map((i) => i.code)).toEqual(all.map((i) => i.code).sort());
    expect(form.indicators.find((i) => i.code === "vmbo-techniek-aandeel")).toEqual({ code: "vmbo-techniek-aandeel", name: "Aandeel vmbo-leerlingen in een technische richting", unit: "%" });
    await expect(getImportForm(services, outsider, { slug: "technohub-nop-import" })).rejects.toMatchObject({ kind: "forbidden" });
  });

  it("refuses a new indicator under a code that is taken, instead of merging it and dropping its name", async () => {
    const before = await valueCount();
    const file = csv(["indicator;naam;eenheid;regio;periode;waarde;bron", "vacatures-bouw-groei;Vacatures in de bouw;aantal;Regio Utrecht;2019;420;UWV 2019"]);
    const preview = await getImportPreview(services, coordinator, { slug: "technet-utrecht", file });
    expect(preview.errors.map(describeError)).toEqual([
      "Rij 2, kolom ‘naam’: De code ‘vacatures-bouw-groei’ is al in gebruik voor ‘Groei van het aantal vacatures in de bouwnijverheid’ (% t.o.v. vorig jaar). Laat naam en eenheid leeg om cijfers aan die indicator toe te voegen, of kies een nieuwe code voor een nieuwe indicator.",
    ]);
    // Sent anyway (the rows come back through the browser): refused as a whole, nothing written.
    expect(await importMonitorRows(services, coordinator, { slug: "technet-utrecht", filename: file.name, rows: preview.rows })).toMatchObject({ imported: 0 });
    expect(await valueCount()).toBe(before);
    const [existing] = await services.db.select().from(indicator).where(eq(indicator.code, "vacatures-bouw-groei"));
    expect(existing!.name).toBe("Groei van het aantal vacatures in de bouwnijverheid");
  });

  it("offers an example CSV that the import accepts as it is, to coordinators only", async () => {
    const example = await exportImportExample(services, coordinator, { slug: "technet-utrecht" });
    expect(example.filename).toBe("voorbeeld-monitor-import.csv");
    const preview = await getImportPreview(services, coordinator, { slug: "technet-utrecht", file: { name: example.filename, bytes: new TextEncoder().encode(example.content) } });
    expect(preview.errors).toEqual([]);
    expect(preview.valid.length).toBe(3);
    expect(preview.newIndicators).toEqual(["instroom-mbo-techniek"]);
    expect(preview.valid.every((v) => v.region === "TechNet Utrecht")).toBe(true);
    await expect(exportImportExample(services, outsider, { slug: "technet-utrecht" })).rejects.toMatchObject({ kind: "forbidden" });
  });
});
