/**
 * Test factories: the rows most tests need, with sensible defaults, every field overridable per
 * call, and a unique slug and e-mail address per call (two calls never collide, in one file's
 * database or across files). Each returns the row as the database stored it.
 *
 * - `insertOrganisation`, `insertNetwork`, `insertCourse`, `insertSession` write one row;
 * - `insertMembership` puts a person in an organisation with a role, `insertCoordinator` makes a
 *   person coordinator of a network, `insertNetworkPartner`/`insertNetworkMember` link an
 *   organisation to a network;
 * - `signUpUser` creates a person through better-auth's own sign-up (a password, an account row),
 *   as a real visitor would; `insertUser` writes the user row alone, for tests that never sign in,
 *   and `insertPerson` does so for a person named after their part ("docent 3");
 * - `createOfferAs` makes a guest-lesson offer through its use-case, so matching finds it as it
 *   finds real ones; `offerInput` is the form input it starts from.
 *
 * Refusals are asserted with `tests/support/refusals.ts`.
 */
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { course, courseSession, membership, network, networkCoordinator, networkMember, networkPartner, organisation, user } from "~/db/schema/index.ts";
import type { OfferInput, RequestInput } from "~/domain/guest-lessons/forms.ts";
import { createOffer } from "~/services/guest-lessons/create-offer.server.ts";

let sequence = 0;
/** A per-call suffix: a counter for reading, random bytes so that files running at once never meet. */
function unique(): string {
  return `${++sequence}-${crypto.randomBytes(3).toString("hex")}`;
}

/** "Vmbo De Brug" → "vmbo-de-brug". */
export function slugOf(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

type Id = string | { id: string };
const idOf = (value: Id) => (typeof value === "string" ? value : value.id);

// --- organisations and networks ---------------------------------------------------------------

export type OrganisationRow = typeof organisation.$inferSelect;

/** An organisation; a company unless `kind` says otherwise. The slug is the name's plus a unique suffix. */
export async function insertOrganisation(db: Db, values: Partial<typeof organisation.$inferInsert> = {}): Promise<OrganisationRow> {
  const name = values.name ?? `Organisatie ${sequence + 1}`;
  const [row] = await db
    .insert(organisation)
    .values({ kind: "company", ...values, name, slug: values.slug ?? `${slugOf(name)}-${unique()}` })
    .returning();
  return row!;
}

export type NetworkRow = typeof network.$inferSelect;

/** A network; a TechNet unless `kind` says otherwise. The slug is the name's plus a unique suffix. */
export async function insertNetwork(db: Db, values: Partial<typeof network.$inferInsert> = {}): Promise<NetworkRow> {
  const name = values.name ?? `TechNet ${sequence + 1}`;
  const [row] = await db
    .insert(network)
    .values({ kind: "technet", ...values, name, slug: values.slug ?? `${slugOf(name)}-${unique()}` })
    .returning();
  return row!;
}

/** `person` in `organisationId` with a role (member unless said otherwise). */
export async function insertMembership(db: Db, person: Id, organisationId: Id, role: "member" | "admin" = "member"): Promise<void> {
  await db.insert(membership).values({ userId: idOf(person), organisationId: idOf(organisationId), role });
}

/** `person` coordinates `networkId`. */
export async function insertCoordinator(db: Db, networkId: Id, person: Id): Promise<void> {
  await db.insert(networkCoordinator).values({ networkId: idOf(networkId), userId: idOf(person) });
}

/** `organisationId` is a partner of `networkId` (a plain partner unless `role` says penvoerder). */
export async function insertNetworkPartner(db: Db, networkId: Id, organisationId: Id, role: "penvoerder" | "partner" = "partner"): Promise<void> {
  await db.insert(networkPartner).values({ networkId: idOf(networkId), organisationId: idOf(organisationId), role });
}

/** `organisationId` is a member organisation of `networkId`. */
export async function insertNetworkMember(db: Db, networkId: Id, organisationId: Id): Promise<void> {
  await db.insert(networkMember).values({ networkId: idOf(networkId), organisationId: idOf(organisationId) });
}

// --- people -----------------------------------------------------------------------------------

export type PersonOptions = {
  name?: string;
  email?: string;
  role?: "user" | "admin";
  /** A confirmed e-mail address; true unless said otherwise. */
  verified?: boolean;
};

export const TEST_PASSWORD = "een-lang-wachtwoord";

function personDefaults(options: PersonOptions) {
  const suffix = unique();
  return {
    name: options.name ?? `Persoon ${suffix}`,
    email: options.email ?? `persoon.${suffix}@example.test`,
    role: options.role ?? "user",
    emailVerified: options.verified ?? true,
  };
}

/**
 * A person signed up through better-auth (`TEST_PASSWORD`), then verified and given a role
 * straight in the database — the way a real account comes to exist. Returned as the session
 * carries them.
 */
export async function signUpUser(services: Pick<AppServices, "auth" | "db">, options: PersonOptions = {}): Promise<SessionUser> {
  const { name, email, role, emailVerified } = personDefaults(options);
  const result = await services.auth.api.signUpEmail({ body: { name, email, password: TEST_PASSWORD } });
  await services.db.update(user).set({ emailVerified, role }).where(eq(user.id, result.user.id));
  return { id: result.user.id, name, email, emailVerified, role, locale: "nl" };
}

/** A person written straight into the user table (no password): quick, for tests that never sign in. */
export async function insertUser(db: Db, options: PersonOptions & { id?: string } = {}): Promise<SessionUser> {
  const { name, email, role, emailVerified } = personDefaults(options);
  const id = options.id ?? `u-${unique()}`;
  await db.insert(user).values({ id, name, email, emailVerified, role });
  return { id, name, email, emailVerified, role, locale: "nl" };
}

let people = 0;
/**
 * A person straight in the user table, named after their part in the test: `label` "docent"
 * gives "docent 3" with docent.3@example.nl (unique per call).
 */
export async function insertPerson(db: Db, label: string, role: "user" | "admin" = "user"): Promise<SessionUser> {
  const n = ++people;
  return insertUser(db, { id: `u-${n}-${label}`, name: `${label} ${n}`, email: `${label}.${n}@example.nl`, role });
}

// --- guest-lesson offers ----------------------------------------------------------------------

/** A complete offer form: a published-ready guest lesson at school for vmbo kader and basis. */
export function offerInput(organisationId: string, overrides: Partial<OfferInput> = {}): OfferInput {
  return {
    organisationId,
    kind: "gastles",
    title: "Gastles installatietechniek",
    description: "Een vakman laat zien hoe het werk gaat.",
    topics: ["installatietechniek"],
    tags: [],
    levels: ["vmbo-kader", "vmbo-basis"],
    groupSizeMin: 1,
    groupSizeMax: 30,
    durationMinutes: 90,
    locations: ["school"],
    travelRadiusKm: 50,
    weekdays: [1, 2, 3, 4, 5],
    availablePeriods: [],
    blackoutDates: [],
    maxPerMonth: null,
    language: "nl",
    contactName: null,
    contactEmail: null,
    preparationTips: "",
    ...overrides,
  };
}

/** A complete open request of a school: a guest lesson on welding for one vmbo-kader class of 24, on 10 March 2026. */
export function requestInput(schoolOrganisationId: string, overrides: Partial<RequestInput> = {}): RequestInput {
  return {
    schoolOrganisationId,
    kind: "gastles",
    title: "Gastles lassen voor 3 kader",
    topics: ["lassen"],
    freeText: "",
    level: "vmbo-kader",
    pupils: 24,
    groups: 1,
    dateOptions: [{ date: "2026-03-10", startTime: "10:00" }],
    periodFrom: null,
    periodUntil: null,
    place: "any",
    placeName: null,
    maxTravelKm: null,
    notes: "",
    mode: "open",
    directOfferId: null,
    ...overrides,
  };
}

/** An offer of `organisationId` made by `author` through the create-offer use-case; published unless `publish: false`. */
export async function createOfferAs(
  services: AppServices,
  author: SessionUser,
  organisationId: string,
  overrides: Partial<OfferInput> = {},
  options: { publish?: boolean } = {},
) {
  return createOffer(services, author, { ...offerInput(organisationId, overrides), publish: options.publish ?? true });
}

// --- courses and sessions ---------------------------------------------------------------------

export type CourseRow = typeof course.$inferSelect;
export type SessionRow = typeof courseSession.$inferSelect;

/** A published course at a hub of `providerId`. The slug is the title's plus a unique suffix. */
export async function insertCourse(db: Db, values: Partial<typeof course.$inferInsert> & { providerId: string }): Promise<CourseRow> {
  const title = values.title ?? "MIG/MAG-lassen basis";
  const [row] = await db
    .insert(course)
    .values({ format: "physical_hub", status: "published", ...values, title, slug: values.slug ?? `${slugOf(title)}-${unique()}` })
    .returning();
  return row!;
}

const HOUR = 3_600_000;

/**
 * A session of `courseId`: from `startsAt` (required) for 7 hours, 12 places, registration open
 * until the day before.
 */
export async function insertSession(db: Db, values: Partial<typeof courseSession.$inferInsert> & { courseId: string; startsAt: Date }): Promise<SessionRow> {
  const [row] = await db
    .insert(courseSession)
    .values({
      endsAt: new Date(values.startsAt.getTime() + 7 * HOUR),
      capacity: 12,
      registrationDeadline: new Date(values.startsAt.getTime() - 24 * HOUR),
      ...values,
    })
    .returning();
  return row!;
}

/** A course with its sessions (each as `insertSession` takes it, without the course). */
export async function insertCourseWithSessions(
  db: Db,
  values: Partial<typeof course.$inferInsert> & { providerId: string },
  sessions: (Partial<typeof courseSession.$inferInsert> & { startsAt: Date })[],
): Promise<{ course: CourseRow; sessions: SessionRow[] }> {
  const row = await insertCourse(db, values);
  const rows: SessionRow[] = [];
  for (const session of sessions) rows.push(await insertSession(db, { ...session, courseId: row.id }));
  return { course: row, sessions: rows };
}
