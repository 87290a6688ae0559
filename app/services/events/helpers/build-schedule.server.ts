/**
 * One organisation's schedule for an event: for a school, where each of its
 * groups goes; for a host, which groups come to each of its slots. Shared by
 * the schedule page, its PDF and ICS, the publish mails and attendance.
 */
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { attendance, eventAssignment, eventGroup, eventSlot, organisation } from "~/db/schema/index.ts";
import { alias } from "drizzle-orm/pg-core";
import type { EventRow } from "./event-access.server.ts";

export type ScheduleGroup = {
  assignmentId: string;
  schoolName: string;
  label: string;
  size: number;
  level: string;
  attendance: { status: "present" | "absent"; pupilsPresent: number | null } | null;
};

export type ScheduleItem = {
  slotId: string;
  window: string;
  windowLabel: string;
  date: string;
  start: string;
  end: string;
  hostName: string;
  activity: string;
  street: string | null;
  postcode: string | null;
  place: string | null;
  accessibilityNotes: string;
  groups: ScheduleGroup[];
};

export type Schedule = {
  event: { slug: string; name: string };
  organisation: { id: string; slug: string; name: string; kind: string };
  items: ScheduleItem[];
  /** Schools: groups that did not get a place. */
  unassigned: { label: string; size: number; level: string }[];
};

/** A visit's address on one line: street, postcode and place. */
export function scheduleAddress(item: Pick<ScheduleItem, "street" | "postcode" | "place">): string {
  return [item.street, [item.postcode, item.place].filter(Boolean).join(" ")].filter(Boolean).join(", ");
}

export async function buildSchedule(db: Db, row: EventRow, org: { id: string; slug: string; name: string; kind: string }): Promise<Schedule> {
  const school = alias(organisation, "school");
  const host = alias(organisation, "host");
  const asHost = org.kind !== "school";
  const rows = await db
    .select({
      assignmentId: eventAssignment.id,
      slotId: eventSlot.id,
      window: eventSlot.window,
      hostName: host.name,
      activity: eventSlot.activity,
      street: eventSlot.street,
      postcode: eventSlot.postcode,
      place: eventSlot.place,
      accessibilityNotes: eventSlot.accessibilityNotes,
      schoolName: school.name,
      label: eventGroup.label,
      size: eventGroup.size,
      level: eventGroup.level,
      attendanceStatus: attendance.status,
      pupilsPresent: attendance.pupilsPresent,
    })
    .from(eventAssignment)
    .innerJoin(eventSlot, eq(eventSlot.id, eventAssignment.slotId))
    .innerJoin(eventGroup, eq(eventGroup.id, eventAssignment.groupId))
    .innerJoin(host, eq(host.id, eventSlot.hostOrganisationId))
    .innerJoin(school, eq(school.id, eventGroup.schoolOrganisationId))
    .leftJoin(attendance, eq(attendance.assignmentId, eventAssignment.id))
    .where(and(eq(eventAssignment.eventId, row.id), asHost ? eq(eventSlot.hostOrganisationId, org.id) : eq(eventGroup.schoolOrganisationId, org.id)))
    .orderBy(asc(eventSlot.window), asc(host.name), asc(eventGroup.label));
  const windows = new Map(row.windows.map((w) => [w.key, w]));
  const items = new Map<string, ScheduleItem>();
  for (const r of rows) {
    // A host sees one item per slot with its groups; a school one item per group.
    const key = asHost ? r.slotId : r.assignmentId;
    const w = windows.get(r.window);
    let item = items.get(key);
    if (!item) {
      item = {
        slotId: r.slotId,
        window: r.window,
        windowLabel: w?.label ?? r.window,
        date: w?.date ?? row.startsOn ?? "",
        start: w?.start ?? "09:00",
        end: w?.end ?? "12:00",
        hostName: r.hostName,
        activity: r.activity,
        street: r.street,
        postcode: r.postcode,
        place: r.place,
        accessibilityNotes: r.accessibilityNotes,
        groups: [],
      };
      items.set(key, item);
    }
    item.groups.push({
      assignmentId: r.assignmentId,
      schoolName: r.schoolName,
      label: r.label,
      size: r.size,
      level: r.level,
      attendance: r.attendanceStatus ? { status: r.attendanceStatus, pupilsPresent: r.pupilsPresent } : null,
    });
  }
  let unassigned: Schedule["unassigned"] = [];
  if (!asHost) {
    const groups = await db
      .select({ id: eventGroup.id, label: eventGroup.label, size: eventGroup.size, level: eventGroup.level, assigned: eventAssignment.id })
      .from(eventGroup)
      .leftJoin(eventAssignment, eq(eventAssignment.groupId, eventGroup.id))
      .where(and(eq(eventGroup.eventId, row.id), eq(eventGroup.schoolOrganisationId, org.id)))
      .orderBy(asc(eventGroup.label));
    unassigned = groups.filter((g) => !g.assigned).map((g) => ({ label: g.label, size: g.size, level: g.level }));
  }
  const sorted = [...items.values()].sort((a, b) => `${a.date} ${a.start}`.localeCompare(`${b.date} ${b.start}`) || a.hostName.localeCompare(b.hostName, "nl"));
  return { event: { slug: row.slug, name: row.name }, organisation: org, items: sorted, unassigned };
}
