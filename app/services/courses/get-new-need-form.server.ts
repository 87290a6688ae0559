import type { Actor, AppServices } from "~/context.ts";
import { forbidden } from "~/domain/errors.ts";
import { organisationsOf } from "./helpers/organisation-scope.server.ts";

/** The new-need form: the companies the actor may state a need for (none: forbidden). */
export async function getNewNeedForm(services: AppServices, actor: Actor) {
  const companies = await organisationsOf(services.db, actor, "company");
  if (companies.length === 0) throw forbidden("courses.needs.list.noCompany");
  return { companies };
}
