import type { Actor, AppServices } from "~/context.ts";
import { forbidden } from "~/domain/errors.ts";
import { organisationChoices } from "./helpers/organisation-scope.server.ts";

/**
 * The new-need form: the companies the actor may state a need for (none: forbidden). Whoever acts
 * for every company finds one by name (`query`) instead of a list of all of them.
 */
export async function getNewNeedForm(services: AppServices, actor: Actor, input: { query?: string } = {}) {
  const { choices, searchable, query } = await organisationChoices(services.db, actor, "company", { query: input.query });
  if (!searchable && choices.length === 0) throw forbidden("courses.needs.list.noCompany");
  return { companies: choices, searchable, query };
}
