import type { Actor, AppServices } from "~/context.ts";
import { forbidden } from "~/domain/errors.ts";
import { can, requirePermission } from "~/services/common/permissions.server.ts";
import { OFFERING_KINDS } from "./helpers/acting-organisations.server.ts";
import { vogContacts, vogOrganisation, type VogContact } from "./helpers/vog-contacts.server.ts";

/**
 * Safeguarding for one organisation (/organisaties/:slug/vog). A school's people see whether it
 * requires a VOG of guest teachers (its administrators may change that); a company's or
 * provider's people see, per contact who gives its lessons, the VOG date they stated.
 */
export async function getVogStatements(services: AppServices, actor: Actor, input: { slug: string }) {
  const org = await vogOrganisation(services.db, input.slug);
  if (org.kind === "school") {
    await requirePermission(services.db, actor, "request.view", { organisationId: org.id });
    const canChange = await can(services.db, actor, "organisation.edit", { organisationId: org.id });
    return { organisation: org, school: { required: org.vogRequired, canChange }, contacts: [] as VogContact[] };
  }
  if (!(OFFERING_KINDS as readonly string[]).includes(org.kind)) throw forbidden();
  await requirePermission(services.db, actor, "offer.manage", { organisationId: org.id });
  return { organisation: org, school: null, contacts: await vogContacts(services.db, org.id) };
}
