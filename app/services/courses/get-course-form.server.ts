import type { Actor, AppServices } from "~/context.ts";
import { findManagedCourse } from "./helpers/managed-course.server.ts";
import { networksOfProviders, organisationsOf } from "./helpers/organisation-scope.server.ts";

/** The edit form of a course the actor manages: its values, and the providers and networks to choose from. */
export async function getCourseForm(services: AppServices, actor: Actor, { slug }: { slug: string }) {
  const c = await findManagedCourse(services.db, actor, slug);
  const providers = await organisationsOf(services.db, actor, "provider");
  const networks = await networksOfProviders(services.db, [...new Set([c.providerId, ...providers.map((p) => p.id)])]);
  const values = {
    providerId: c.providerId,
    networkId: c.networkId ?? "",
    title: c.title,
    summary: c.summary,
    description: c.description,
    topics: c.topics,
    targetGroups: c.targetGroups,
    level: c.level,
    format: c.format,
    duration: c.duration,
    price: c.priceCents ? (c.priceCents / 100).toFixed(2).replace(".", ",") : "0",
    leadsTo: c.leadsTo,
  };
  return { slug: c.slug, title: c.title, status: c.status, providers, networks, values };
}
