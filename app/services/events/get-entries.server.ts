import { and, asc, eq, inArray } from "drizzle-orm";
import { isUuid } from "~/domain/common/ids.ts";
import type { Actor, AppServices } from "~/context.ts";
import { eventGroup, eventSlot, organisation } from "~/db/schema/index.ts";
import { forbidden } from "~/domain/errors.ts";
import { entryPhase } from "~/domain/events/entry.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { findEvent, organisationsOf, rulesOf } from "./helpers/event-access.server.ts";

/**
 * What a host's or a school's entry page needs: the actor's
 * organisations of that kind, what they entered already, and for schools
 * the hosts and sectors they can name as wishes. With `editId`, one of their
 * own slots or groups as the form shows it for changing.
 */
type FormValues = Record<string, string | string[]>;

export async function getEntries(
  services: AppServices,
  actor: Actor,
  { slug, who, editId = null }: { slug: string; who: "host" | "school"; editId?: string | null },
) {
  if (!actor) throw forbidden();
  const row = await findEvent(services.db, actor, slug);
  const rules = rulesOf(row);
  const phase = entryPhase(rules, who, amsterdamToday(services.clock.now()));
  const organisations = await organisationsOf(services.db, actor, who);
  const ids = organisations.map((o) => o.id);
  const eventInfo = {
    slug: row.slug,
    name: row.name,
    windows: row.windows,
    targetLevels: row.targetLevels,
    girlsOnly: row.girlsOnly,
    minGroupSize: row.minGroupSize,
    defaultMaxKm: row.defaultMaxKm,
  };
  if (who === "host") {
    const slots = ids.length
      ? await services.db
          .select({
            id: eventSlot.id,
            hostName: organisation.name,
            window: eventSlot.window,
            capacityPupils: eventSlot.capacityPupils,
            maxGroups: eventSlot.maxGroups,
            levels: eventSlot.levels,
            activity: eventSlot.activity,
            place: eventSlot.place,
          })
          .from(eventSlot)
          .innerJoin(organisation, eq(organisation.id, eventSlot.hostOrganisationId))
          .where(and(eq(eventSlot.eventId, row.id), inArray(eventSlot.hostOrganisationId, ids)))
          .orderBy(asc(eventSlot.createdAt))
      : [];
    let editing: FormValues | null = null;
    if (editId && isUuid(editId) && slots.some((x) => x.id === editId)) {
      const [slot] = await services.db.select().from(eventSlot).where(eq(eventSlot.id, editId));
      const host = organisations.find((o) => o.id === slot!.hostOrganisationId);
      // The host's own address was copied onto the slot; only a different one is shown as typed.
      const ownAddress = host && slot!.street === host.street && slot!.postcode === host.postcode && slot!.place === host.place;
      editing = {
        id: slot!.id,
        hostOrganisationId: slot!.hostOrganisationId,
        window: slot!.window,
        capacityPupils: slot!.capacityPupils == null ? "" : String(slot!.capacityPupils),
        maxGroups: slot!.maxGroups == null ? "" : String(slot!.maxGroups),
        levels: slot!.levels,
        activity: slot!.activity,
        sector: slot!.sector ?? "",
        street: ownAddress ? "" : (slot!.street ?? ""),
        postcode: ownAddress ? "" : (slot!.postcode ?? ""),
        place: ownAddress ? "" : (slot!.place ?? ""),
        accessibilityNotes: slot!.accessibilityNotes,
      };
    }
    return { event: eventInfo, phase, organisations: organisations.map((o) => ({ id: o.id, name: o.name, place: o.place })), slots, groups: [], hosts: [], sectors: [], editing };
  }
  const groups = ids.length
    ? await services.db
        .select({
          id: eventGroup.id,
          schoolOrganisationId: eventGroup.schoolOrganisationId,
          schoolName: organisation.name,
          label: eventGroup.label,
          size: eventGroup.size,
          level: eventGroup.level,
          windows: eventGroup.windows,
          maxKm: eventGroup.maxKm,
          preferences: eventGroup.preferences,
        })
        .from(eventGroup)
        .innerJoin(organisation, eq(organisation.id, eventGroup.schoolOrganisationId))
        .where(and(eq(eventGroup.eventId, row.id), inArray(eventGroup.schoolOrganisationId, ids)))
        .orderBy(asc(eventGroup.createdAt))
    : [];
  const hostRows = await services.db
    .selectDistinct({ id: organisation.id, name: organisation.name, sector: organisation.sector, slotSector: eventSlot.sector })
    .from(eventSlot)
    .innerJoin(organisation, eq(organisation.id, eventSlot.hostOrganisationId))
    .where(eq(eventSlot.eventId, row.id));
  const hosts = [...new Map(hostRows.map((h) => [h.id, { id: h.id, name: h.name }])).values()].sort((a, b) => a.name.localeCompare(b.name, "nl"));
  const sectors = [...new Set(hostRows.flatMap((h) => [h.slotSector ?? h.sector].filter((s): s is string => !!s)))].sort((a, b) => a.localeCompare(b, "nl"));
  const group = editId && isUuid(editId) ? groups.find((g) => g.id === editId) : undefined;
  const [extra] = group ? await services.db.select({ girlsOnlyConfirmed: eventGroup.girlsOnlyConfirmed }).from(eventGroup).where(eq(eventGroup.id, group.id)) : [];
  const editing: FormValues | null = group
    ? {
        id: group.id,
        schoolOrganisationId: group.schoolOrganisationId,
        label: group.label,
        size: String(group.size),
        level: group.level,
        windows: group.windows,
        maxKm: group.maxKm == null ? "" : String(group.maxKm),
        girlsOnly: extra?.girlsOnlyConfirmed ? ["ja"] : [],
        ...Object.fromEntries(group.preferences.map((p, i) => [`pref${i + 1}`, "hostId" in p ? `h:${p.hostId}` : `s:${p.sector}`])),
      }
    : null;
  return {
    event: eventInfo,
    phase,
    organisations: organisations.map((o) => ({ id: o.id, name: o.name, place: o.place })),
    slots: [],
    groups,
    hosts,
    sectors,
    editing,
  };
}
