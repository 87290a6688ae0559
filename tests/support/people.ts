import type { SessionUser } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { user } from "~/db/schema/index.ts";

let n = 0;

/** A verified user written straight into the database, as the session would carry them. Unique per call. */
export async function insertPerson(db: Db, label: string, role: "user" | "admin" = "user"): Promise<SessionUser> {
  const id = `u-${++n}-${label}`;
  const name = `${label} ${n}`;
  const email = `${label}.${n}@example.nl`;
  await db.insert(user).values({ id, name, email, emailVerified: true, role });
  return { id, name, email, emailVerified: true, role, locale: "nl" };
}
