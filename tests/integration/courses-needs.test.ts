import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertMembership, insertOrganisation, insertUser } from "../support/factories.ts";
import type { SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { courseOriginNeed, mailOutbox, needNotification } from "~/db/schema/index.ts";
import type { CourseInput, NeedInput } from "~/domain/courses/forms.ts";
import { DomainError } from "~/domain/errors.ts";
import { createCourse } from "~/services/courses/create-course.server.ts";
import { updateCourse } from "~/services/courses/update-course.server.ts";
import { updateCourseStatus } from "~/services/courses/update-course-status.server.ts";
import { createNeed } from "~/services/courses/create-need.server.ts";
import { updateNeed } from "~/services/courses/update-need.server.ts";
import { updateNeedStatus } from "~/services/courses/update-need-status.server.ts";
import { getDemandOverview } from "~/services/courses/get-demand-overview.server.ts";
import { getNeed } from "~/services/courses/get-need.server.ts";

let database: Database;
let services: ReturnType<typeof createTestServices>;
let providerId: string;
let kampstaalId: string;
let suplaconId: string;
let opleider: SessionUser;
let kampstaal: SessionUser;
let suplacon: SessionUser;

const need = (organisationId: string, overrides: Partial<NeedInput> = {}): NeedInput => ({
  organisationId,
  topic: "lassen",
  description: "TIG-lassen van RVS voor onze productiemedewerkers.",
  employeeCount: 6,
  level: "mbo-2",
  periodStart: "2027-03-01",
  periodEnd: "2027-06-30",
  preferredFormat: "physical_hub",
  place: "Emmeloord",
  ...overrides,
});

const courseInput = (overrides: Partial<CourseInput> = {}): CourseInput => ({
  providerId,
  networkId: undefined,
  title: "TIG-lassen RVS",
  summary: "Praktijkcursus TIG-lassen van roestvast staal.",
  description: "",
  topics: ["lassen"],
  targetGroups: ["werknemers"],
  level: "mbo-2",
  format: "physical_hub",
  duration: "4 dagdelen",
  priceCents: 45000,
  leadsTo: "Bewijs van deelname",
  ...overrides,
});

beforeAll(async () => {
  database = await createTestDatabase();
  services = createTestServices(database);
  providerId = (await insertOrganisation(services.db, { slug: "obm", name: "OBM", kind: "provider" })).id;
  kampstaalId = (await insertOrganisation(services.db, { slug: "kampstaal", name: "Kampstaal", kind: "company" })).id;
  suplaconId = (await insertOrganisation(services.db, { slug: "suplacon", name: "Suplacon", kind: "company" })).id;
  opleider = await insertUser(services.db, { name: "Opleider" });
  kampstaal = await insertUser(services.db, { name: "Kampstaal" });
  suplacon = await insertUser(services.db, { name: "Suplacon" });
  await insertMembership(services.db, opleider, providerId, "admin");
  await insertMembership(services.db, kampstaal, kampstaalId, "admin");
  await insertMembership(services.db, suplacon, suplaconId, "admin");
});
afterAll(async () => database?.close());

describe("training needs", () => {
  it("a company states, edits and closes its own need; others cannot edit it", async () => {
    const { id } = await createNeed(services, kampstaal, need(kampstaalId, { topic: "hydrauliek", description: "Storingen zoeken in hydraulische systemen." }));
    await updateNeed(services, kampstaal, { id, need: need(kampstaalId, { topic: "hydrauliek", description: "Storingen zoeken in hydraulische systemen.", employeeCount: 9 }) });
    const seen = await getNeed(services, kampstaal, { id });
    expect(seen.need).toMatchObject({ employeeCount: 9, province: "Flevoland", place: "Emmeloord" });
    // Who entered the need is nobody else's business: not in what a page receives.
    expect(seen.need).not.toHaveProperty("createdById");
    await expect(updateNeed(services, suplacon, { id, need: need(kampstaalId) })).rejects.toThrow(DomainError);
    await expect(createNeed(services, suplacon, need(kampstaalId))).rejects.toThrow(DomainError);
    await updateNeedStatus(services, kampstaal, { id, status: "closed" });
    expect((await getNeed(services, kampstaal, { id })).need.status).toBe("closed");
  });

  it("the demand view lists uncovered needs first; publishing a covering course mails the company once", async () => {
    const welding = await createNeed(services, kampstaal, need(kampstaalId));
    const text = await createNeed(
      services,
      suplacon,
      need(suplaconId, { topic: "onderhoud", description: "Onderhoud aan lasrobots; monteurs moeten ook zelf roestvast staal lassen.", employeeCount: 3 }),
    );
    const covered = await createNeed(services, suplacon, need(suplaconId, { topic: "veiligheid", description: "VCA basis", employeeCount: 12 }));
    await createCourse(services, opleider, { course: courseInput({ title: "VCA Basis", topics: ["veiligheid"], summary: "VCA basisveiligheid." }), publish: true });

    const before = await getDemandOverview(services, opleider);
    const order = before.needs.map((x) => x.id);
    expect(order.indexOf(welding.id)).toBeLessThan(order.indexOf(covered.id));
    expect(before.needs.find((x) => x.id === welding.id)!.courses).toEqual([]);
    expect(before.needs.find((x) => x.id === covered.id)!.courses.map((c) => c.title)).toEqual(["VCA Basis"]);
    const weldingTotal = before.totals.find((t) => t.topic === "lassen")!;
    expect(weldingTotal).toMatchObject({ region: "Flevoland", period: "2027-K1", companies: 1, employees: 6, uncoveredEmployees: 6 });

    // A draft covers nothing and mails nobody.
    const draft = await createCourse(services, opleider, { course: courseInput(), publish: false, originNeedIds: [welding.id, text.id] });
    expect(await services.db.select().from(courseOriginNeed).where(eq(courseOriginNeed.courseId, draft.id))).toHaveLength(2);
    expect(await services.db.select().from(mailOutbox).where(eq(mailOutbox.to, kampstaal.email))).toHaveLength(0);

    await updateCourse(services, opleider, { slug: draft.slug, course: courseInput(), publish: true });
    const mails = await services.db.select().from(mailOutbox).where(eq(mailOutbox.to, kampstaal.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Nieuwe cursus voor uw opleidingsbehoefte: TIG-lassen RVS");
    expect(mails[0]!.text).toContain(`/cursussen/${draft.slug}`);
    // Matched on text (roestvast, lassen), not on topic: Suplacon's maintenance need is told too.
    expect((await services.db.select().from(mailOutbox).where(eq(mailOutbox.to, suplacon.email))).map((m) => m.subject)).toContain(
      "Nieuwe cursus voor uw opleidingsbehoefte: TIG-lassen RVS",
    );

    // Archiving and publishing again, or saving again, mails nobody twice.
    await updateCourseStatus(services, opleider, { slug: draft.slug, status: "archived" });
    await updateCourseStatus(services, opleider, { slug: draft.slug, status: "published" });
    await updateCourse(services, opleider, { slug: draft.slug, course: courseInput({ description: "Nu met eindtoets." }), publish: false });
    expect(await services.db.select().from(mailOutbox).where(eq(mailOutbox.to, kampstaal.email))).toHaveLength(1);
    expect((await services.db.select().from(needNotification).where(eq(needNotification.needId, welding.id))).length).toBe(1);

    const after = await getDemandOverview(services, opleider);
    expect(after.needs.find((x) => x.id === welding.id)!.courses.map((c) => c.title)).toEqual(["TIG-lassen RVS"]);
    expect(after.needs.find((x) => x.id === text.id)!.courses.map((c) => c.title)).toEqual(["TIG-lassen RVS"]);

    // Course words are kept between requests by text: a changed text is read again.
    await updateCourse(services, opleider, { slug: draft.slug, course: courseInput({ title: "Hydrauliek", summary: "Pompen en cilinders." }), publish: false });
    const edited = await getDemandOverview(services, opleider);
    expect(edited.needs.find((x) => x.id === welding.id)!.courses.map((c) => c.title)).toEqual(["Hydrauliek"]);
    expect(edited.needs.find((x) => x.id === text.id)!.courses).toEqual([]);
  });

  it("a closed need is not mailed and not in the demand view; companies cannot see the demand view", async () => {
    const { id } = await createNeed(services, kampstaal, need(kampstaalId, { topic: "plc", description: "PLC Siemens S7" }));
    await updateNeedStatus(services, kampstaal, { id, status: "closed" });
    await createCourse(services, opleider, { course: courseInput({ title: "PLC S7", topics: ["plc"] }), publish: true });
    expect((await getDemandOverview(services, opleider)).needs.some((x) => x.id === id)).toBe(false);
    expect((await services.db.select().from(needNotification).where(eq(needNotification.needId, id))).length).toBe(0);
    await expect(getDemandOverview(services, kampstaal)).rejects.toThrow(DomainError);
  });
});
