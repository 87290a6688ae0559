import type { Actor, AppServices } from "~/context.ts";
import { draftFromNeeds } from "~/domain/courses/draft.ts";
import { forbidden } from "~/domain/errors.ts";
import { networksOfProviders, organisationsOf } from "./helpers/organisation-scope.server.ts";
import { listDraftNeeds } from "./list-draft-needs.server.ts";

/**
 * The new-course form: the providers the actor may add a course for, their
 * networks, and the first values — drafted from needs picked on the demand
 * view ("Maak een conceptcursus") when `needIds` names some.
 */
export async function getNewCourseForm(services: AppServices, actor: Actor, { needIds }: { needIds: string[] }) {
  const providers = await organisationsOf(services.db, actor, "provider");
  if (providers.length === 0) throw forbidden("courses.new.noProvider");
  const networks = await networksOfProviders(services.db, providers.map((p) => p.id));
  const needs = needIds.length ? await listDraftNeeds(services, actor, { ids: needIds }) : [];
  const draft = needs.length ? draftFromNeeds(needs.map((n) => ({ ...n.need, companyName: n.companyName }))) : null;
  const values: Record<string, string | string[]> = { providerId: providers[0]!.id, ...(draft ? { ...draft, originNeedIds: needs.map((n) => n.need.id) } : {}) };
  return { providers, networks, values, fromNeeds: needs.length };
}
