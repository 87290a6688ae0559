import type { AppServices, SessionUser } from "~/context.ts";
import { writeMatchKeys } from "./support.server.ts";
import { offer } from "~/db/schema/index.ts";
import type { OfferInput } from "~/domain/guest-lessons/forms.ts";
import { offerColumns } from "./offer-values.server.ts";

/** A company or provider adds an offer, as a draft or published at once. */
export async function createOffer(services: AppServices, user: SessionUser | null, input: OfferInput, options: { publish: boolean }) {
  return services.db.transaction(async (tx) => {
    const columns = await offerColumns(tx, user, input.organisationId, input);
    const now = services.clock.now();
    const [row] = await tx
      .insert(offer)
      .values({
        ...columns,
        organisationId: input.organisationId,
        createdById: user?.id ?? null,
        status: options.publish ? "published" : "draft",
        publishedAt: options.publish ? now : null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: offer.id, status: offer.status });
    await writeMatchKeys(tx, row!.id);
    return row!;
  });
}
