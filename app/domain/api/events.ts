/** Events as the API offers them (ADR 028): the public list of /evenementen, drafts never shown. */
import { z } from "zod";
import { itemsOf } from "./fields.ts";
import { EVENT_KINDS } from "../events/event-rules.ts";
import { PageInfo, PageLinks, pageQuery } from "./paging.ts";

export const EventListQuery = z.strictObject({ ...pageQuery });

export const Event = z
  .object({
    slug: z.string().meta({ example: "feest-van-de-techniek-utrecht-2026" }),
    name: z.string().meta({ example: "Feest van de Techniek Utrecht" }),
    kind: z.enum(EVENT_KINDS),
    status: z.string().meta({ description: "Where the event stands (never a draft here).", example: "published" }),
    startsOn: z.iso.date().nullable().meta({ description: "First day (a date, Amsterdam time).", example: "2026-10-14" }),
    endsOn: z.iso.date().nullable().meta({ description: "Last day.", example: "2026-10-14" }),
    network: z.object({ slug: z.string(), name: z.string() }).nullable(),
    url: z.url().meta({ description: "The event's page on Technohub." }),
  })
  .meta({ id: "Event", description: "An event such as Feest van de Techniek (public fields only)." });

export const EventList = z.object({ events: itemsOf(Event), page: PageInfo, links: PageLinks }).meta({ id: "EventList" });
