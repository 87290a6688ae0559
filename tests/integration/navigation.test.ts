import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertCoordinator, insertNetwork, insertPerson } from "../support/factories.ts";
import type { Database } from "~/db/client.server.ts";
import { notification } from "~/db/schema/index.ts";
import { getNavigation } from "~/services/account/get-navigation.server.ts";

let database: Database;
let services: ReturnType<typeof createTestServices>;

beforeAll(async () => {
  database = await createTestDatabase();
  services = createTestServices(database);
});

afterAll(async () => {
  await database?.close();
});

const hrefs = async (actor: Parameters<typeof getNavigation>[1]) => (await getNavigation(services, actor)).map((i) => i.href);
const unreadOf = async (actor: Parameters<typeof getNavigation>[1]) => (await getNavigation(services, actor)).find((i) => i.href === "/inbox")?.count;

describe("the menu", () => {
  it("gives a coordinator /coordinatie and counts only one's own unread items; a visitor, a member and an administrator get theirs", async () => {
    const coordinator = await insertPerson(services.db, "coordinator");
    const member = await insertPerson(services.db, "lid");
    const admin = await insertPerson(services.db, "beheer", "admin");
    await insertCoordinator(services.db, (await insertNetwork(services.db)).id, coordinator);
    const item = (userId: string, readAt: Date | null) => ({ userId, kind: "other" as const, subject: "Onderwerp", excerpt: "Tekst", mailState: "sent" as const, readAt });
    await services.db.insert(notification).values([item(coordinator.id, null), item(coordinator.id, null), item(coordinator.id, new Date()), item(member.id, new Date())]);

    expect(await hrefs(coordinator)).toContain("/coordinatie");
    expect(await unreadOf(coordinator)).toBe(2);
    expect(await hrefs(member)).not.toContain("/coordinatie");
    expect(await unreadOf(member)).toBe(0);
    expect(await hrefs(admin)).toEqual(expect.arrayContaining(["/coordinatie", "/beheer"]));
    expect(await hrefs(null)).toEqual(expect.arrayContaining(["/inloggen"]));
    expect(await hrefs(null)).not.toContain("/inbox");
  });
});
