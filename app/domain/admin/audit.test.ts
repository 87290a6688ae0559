import { describe, expect, it } from "vitest";
import { auditCsv, auditQuerySchema } from "./audit.ts";

const row = (over: Partial<Parameters<typeof auditCsv>[0][number]> = {}) => ({
  at: new Date("2026-12-01T10:00:00Z"),
  actorName: "Anna Beheer",
  action: "network.archive",
  subjectType: "network",
  subjectId: "n-1",
  subjectLabel: "TechNet",
  before: { archivedAt: null },
  after: { archivedAt: "2026-12-01T10:00:00.000Z" },
  ...over,
});

describe("auditCsv", () => {
  it("writes what Dutch Excel opens: byte order mark, semicolons, CRLF, quoted JSON", () => {
    const csv = auditCsv([row()], ["Wanneer", "Wie", "Actie", "Soort", "Id", "Onderwerp", "Ervoor", "Erna"]);
    expect(csv).toBe(
      '\uFEFFWanneer;Wie;Actie;Soort;Id;Onderwerp;Ervoor;Erna\r\n2026-12-01T10:00:00.000Z;Anna Beheer;network.archive;network;n-1;TechNet;"{""archivedAt"":null}";"{""archivedAt"":""2026-12-01T10:00:00.000Z""}"\r\n',
    );
  });

  it("defuses cells a spreadsheet would run as a formula, and leaves an empty side empty", () => {
    const csv = auditCsv([row({ actorName: "=cmd|' /C calc'!A0", subjectLabel: "+31 6", before: null, after: "@SUM(1)" })], ["a"]);
    const cells = csv.split("\r\n")[1]!.split(";");
    expect(cells[1]).toBe("'=cmd|' /C calc'!A0");
    expect(cells[5]).toBe("'+31 6");
    expect(cells[6]).toBe("");
    expect(cells[7]).toBe('"""@SUM(1)"""');
  });
});

describe("auditQuerySchema", () => {
  it("takes every filter as optional", () => {
    expect(auditQuerySchema.parse({})).toEqual({ actor: "", action: "", subject: "", from: "", to: "", page: 1 });
  });

  it("refuses a date that does not exist, beside its field", () => {
    const result = auditQuerySchema.safeParse({ from: "2026-02-30" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["from", "admin.audit.dateInvalid"]]);
    expect(auditQuerySchema.parse({ from: "2026-02-28", to: " 2026-03-01 " })).toMatchObject({ from: "2026-02-28", to: "2026-03-01" });
  });
});
