/**
 * The demo accounts as `npm start` prints them: every account the seed creates (DEMO_USERS and
 * the courses area's DEMO_COURSE_USERS), each with what it is for, worded from the same seed data
 * (the networks it coordinates, the organisations it belongs to). No second list to keep in step.
 */
import { DEMO_COURSE_USERS } from "./demo-courses.ts";
import { DEMO_NETWORKS } from "./demo-networks.ts";
import { DEMO_ORGANISATIONS } from "./demo-organisations.ts";
import { DEMO_USERS } from "./demo-users.ts";

export type DemoAccount = { email: string; role: string };

const networkName = (slug: string) => DEMO_NETWORKS.find((n) => n.slug === slug)?.name ?? slug;
const organisationName = (slug: string) => DEMO_ORGANISATIONS.find((o) => o.slug === slug)?.name ?? slug;

function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} en ${names.at(-1)}`;
}

/** Every seeded demo account, in the seed's order, with its role in words (Dutch, like the rest of the start output). */
export function demoAccounts(): DemoAccount[] {
  const users = DEMO_USERS.map((u) => {
    const parts: string[] = [];
    if (u.role === "admin") parts.push("platformbeheerder");
    if (u.coordinates.length) parts.push(`coördinator van ${list(u.coordinates.map(networkName))}`);
    for (const m of u.memberships) parts.push(`${m.role === "admin" ? "beheerder van" : "lid van"} ${organisationName(m.organisation)}`);
    return { email: u.email, role: parts.join("; ") };
  });
  const courseUsers = DEMO_COURSE_USERS.map((u) => ({
    email: u.email,
    role: u.company ? `bedrijfscontact van ${organisationName(u.company)} (meldt medewerkers aan, geeft opleidingsbehoeften op)` : "werknemer die zich aanmeldt voor cursussen",
  }));
  return [...users, ...courseUsers];
}

/** The lines `npm start` prints: the shared password, then one account per line with its role. */
export function demoAccountLines(password: string, accounts: readonly DemoAccount[] = demoAccounts()): string[] {
  const width = Math.max(...accounts.map((a) => a.email.length));
  return [`Demo-accounts (wachtwoord voor allemaal: ${password}):`, ...accounts.map((a) => `  ${a.email.padEnd(width)}  ${a.role}`)];
}
