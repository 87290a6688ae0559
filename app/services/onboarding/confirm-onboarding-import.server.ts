import { eq, inArray, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { isUniqueViolation } from "~/db/errors.ts";
import { membership, networkMember, onboardingImport, onboardingInvitation, organisation } from "~/db/schema/index.ts";
import { slugCandidate, slugify } from "~/domain/common/slug.ts";
import { conflict, DomainError, invalid } from "~/domain/errors.ts";
import { fillEmpty, type OrganisationRow } from "~/domain/onboarding/rows.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { checkImport } from "./helpers/check-import.server.ts";
import { newToken, sendInvitationMails } from "./helpers/invitation-mail.server.ts";
import { networkForOnboarding } from "./helpers/network.server.ts";
import { stagedImport } from "./helpers/staged-import.server.ts";

export type DuplicateDecision = "merge" | "skip";
export type ConfirmOutcome = { created: number; merged: number; skipped: number; invited: number };

const CHUNK = 500;

/**
 * Step 3: the confirmed import, in one transaction: all of it or nothing. The rows are checked again
 * (the directory may have changed since the preview); every duplicate needs the coordinator's
 * choice: merge (fill the existing organisation's empty fields) or skip. New and merged
 * organisations join the network; each new organisation's contact (and a merged one's, while it
 * has no members) is invited to claim it, the mail in the same transaction.
 */
export async function confirmOnboardingImport(
  services: AppServices,
  actor: Actor,
  input: { slug: string; id: string; decisions: Record<number, DuplicateDecision> },
): Promise<ConfirmOutcome> {
  const target = await networkForOnboarding(services, actor, input.slug);
  try {
    return await services.db.transaction(async (tx) => {
      const staged = await stagedImport(tx, actor, target.id, input.id, true);
      if (staged.status !== "preview") throw conflict("onboarding.confirm.already");
      const checked = await checkImport(tx, staged.rows);
      if (staged.fileErrors.length > 0 || checked.errors.length > 0) throw conflict("onboarding.confirm.hasErrors");
      for (const d of checked.duplicates) {
        if (!input.decisions[d.row]) throw invalid("onboarding.confirm.chooseDuplicate", `besluit-${d.row}`);
        // Refused beside the choice rather than by the unique index, whose 409 would read as a race that a retry fixes.
        if (d.brinHeldBy && input.decisions[d.row] === "merge") {
          throw invalid("onboarding.confirm.brinTaken", `besluit-${d.row}`, { organisation: d.existing.name, holder: d.brinHeldBy });
        }
      }
      const duplicateOf = new Map(checked.duplicates.map((d) => [d.row, d.existing]));
      const fresh = checked.valid.filter((v) => !duplicateOf.has(v.row));
      const merges = checked.valid.filter((v) => duplicateOf.has(v.row) && input.decisions[v.row] === "merge");
      const now = services.clock.now();

      const slugs = await freeSlugs(tx, fresh);
      const created: { id: string; row: OrganisationRow }[] = [];
      for (let i = 0; i < fresh.length; i += CHUNK) {
        const part = fresh.slice(i, i + CHUNK);
        const ids = await tx
          .insert(organisation)
          .values(
            part.map((r) => ({
              slug: slugs.get(r.row)!,
              name: r.name,
              kind: r.kind,
              kvkNumber: r.kvkNumber,
              brin: r.brin,
              branchNumber: r.branchNumber,
              street: r.street,
              postcode: r.postcode,
              place: r.place,
              sector: r.sector,
              createdAt: now,
              updatedAt: now,
            })),
          )
          .returning({ id: organisation.id, slug: organisation.slug });
        // Matched by slug (unique), not by position: RETURNING promises no order.
        const bySlug = new Map(part.map((r) => [slugs.get(r.row)!, r]));
        for (const o of ids) created.push({ id: o.id, row: bySlug.get(o.slug)! });
      }

      const merged: { id: string; row: OrganisationRow }[] = [];
      if (merges.length > 0) {
        const current = await tx
          .select()
          .from(organisation)
          .where(inArray(organisation.id, merges.map((m) => duplicateOf.get(m.row)!.id)))
          .for("update");
        const byId = new Map(current.map((c) => [c.id, c]));
        for (const m of merges) {
          const existing = byId.get(duplicateOf.get(m.row)!.id);
          if (!existing) continue;
          const filled = fillEmpty(existing, m);
          if (Object.keys(filled).length > 0) await tx.update(organisation).set({ ...filled, updatedAt: now }).where(eq(organisation.id, existing.id));
          merged.push({ id: existing.id, row: m });
        }
      }

      const joining = [...created, ...merged];
      for (let i = 0; i < joining.length; i += CHUNK) {
        await tx
          .insert(networkMember)
          .values(joining.slice(i, i + CHUNK).map((o) => ({ networkId: target.id, organisationId: o.id, joinedAt: now })))
          .onConflictDoNothing();
      }

      // A merged organisation that already has people is theirs to run: no one else is invited to claim it.
      const withMembers = merged.length
        ? new Set((await tx.selectDistinct({ id: membership.organisationId }).from(membership).where(inArray(membership.organisationId, merged.map((m) => m.id)))).map((r) => r.id))
        : new Set<string>();
      const invitees = [...created, ...merged.filter((m) => !withMembers.has(m.id))].filter((o) => o.row.contactEmail);
      const tokens = invitees.map(() => newToken());
      for (let i = 0; i < invitees.length; i += CHUNK) {
        await tx.insert(onboardingInvitation).values(
          invitees.slice(i, i + CHUNK).map((o, j) => ({
            networkId: target.id,
            organisationId: o.id,
            importId: staged.id,
            email: o.row.contactEmail!,
            name: o.row.contactName,
            tokenHash: tokens[i + j]!.hash,
            invitedById: actor!.id,
            sentAt: now,
          })),
        );
      }
      await sendInvitationMails(
        services,
        tx,
        invitees.map((o, i) => ({ email: o.row.contactEmail!, name: o.row.contactName, organisation: o.row.name, network: target.name, token: tokens[i]!.token })),
        "invite",
      );

      const outcome = { created: created.length, merged: merged.length, skipped: checked.duplicates.length - merged.length, invited: invitees.length };
      await tx
        .update(onboardingImport)
        .set({ status: "confirmed", confirmedAt: now, createdCount: outcome.created, mergedCount: outcome.merged })
        .where(eq(onboardingImport.id, staged.id));
      await recordAudit(tx, actor, "onboarding.import.confirm", { type: "onboarding_import", id: staged.id, label: staged.filename }, null, outcome);
      return outcome;
    });
  } catch (error) {
    if (error instanceof DomainError) throw error;
    // Another write took a slug, a number or an address mid-way: the transaction is rolled back whole.
    if (isUniqueViolation(error)) throw conflict("onboarding.confirm.clash");
    throw error;
  }
}

/** A free slug for every new organisation: the directory's taken ones and the file's own are avoided. */
async function freeSlugs(tx: Parameters<typeof checkImport>[0], rows: OrganisationRow[]): Promise<Map<number, string>> {
  const bases = rows.map((r) => slugify(r.name));
  const unique = [...new Set(bases)];
  const taken = new Set<string>();
  for (let i = 0; i < unique.length; i += CHUNK) {
    const found = await tx
      .select({ slug: organisation.slug })
      .from(organisation)
      .where(inArray(sql`regexp_replace(${organisation.slug}, '-[0-9]+$', '')`, unique.slice(i, i + CHUNK)));
    for (const f of found) taken.add(f.slug);
  }
  const slugs = new Map<number, string>();
  rows.forEach((r, i) => {
    let attempt = 1;
    while (taken.has(slugCandidate(bases[i]!, attempt))) attempt++;
    const slug = slugCandidate(bases[i]!, attempt);
    taken.add(slug);
    slugs.set(r.row, slug);
  });
  return slugs;
}
