import { describe, expect, it } from "vitest";
import {
  assignWindowKeys,
  eventDraftErrors,
  isFinished,
  nextStatuses,
  normaliseEventDraft,
  removedWindowKeys,
  statusChangeError,
  withdrawalError,
  type EventDraft,
} from "./event-rules.ts";

const base: EventDraft = {
  name: "Techniekdag Woerden",
  kind: "techniekdag",
  description: "",
  startsOn: "2027-05-20",
  endsOn: null,
  windows: [
    { key: "", label: "Ochtend", date: "2027-05-20", start: "09:00", end: "12:00" },
    { key: "", label: "Middag", date: "2027-05-20", start: "13:00", end: "16:00" },
  ],
  hostRegistrationOpensOn: "2027-02-01",
  hostRegistrationClosesOn: "2027-04-01",
  schoolRegistrationOpensOn: "2027-02-15",
  schoolRegistrationClosesOn: "2027-04-15",
  targetLevels: ["vmbo-kader"],
  girlsOnly: false,
  minGroupSize: null,
  defaultMaxKm: 25,
};

describe("eventDraftErrors", () => {
  it("accepts a complete, consistent event", () => {
    expect(eventDraftErrors(base)).toEqual({});
  });

  it("wants a name and a real date", () => {
    expect(eventDraftErrors({ ...base, name: "  " }).name).toBe("form.required");
    expect(eventDraftErrors({ ...base, startsOn: "2027-02-30" }).startsOn).toBe("events.manage.error.date");
    expect(eventDraftErrors({ ...base, startsOn: "20-05-2027" }).startsOn).toBe("events.manage.error.date");
    // Year 0 passes a date pattern and JavaScript, but PostgreSQL has no year 0 (it answered 500).
    expect(eventDraftErrors({ ...base, startsOn: "0000-01-01" }).startsOn).toBe("events.manage.error.date");
  });

  it("refuses a last day before the first", () => {
    expect(eventDraftErrors({ ...base, endsOn: "2027-05-19" }).endsOn).toBe("events.manage.error.endsBeforeStart");
  });

  it("wants the entry period to close before the event and after it opens", () => {
    expect(eventDraftErrors({ ...base, schoolRegistrationClosesOn: "2027-05-20" }).schoolRegistrationClosesOn).toBe(
      "events.manage.error.registrationAfterEvent",
    );
    expect(eventDraftErrors({ ...base, hostRegistrationOpensOn: "2027-06-01", hostRegistrationClosesOn: null }).hostRegistrationOpensOn).toBe(
      "events.manage.error.registrationAfterEvent",
    );
    expect(eventDraftErrors({ ...base, hostRegistrationClosesOn: "2027-01-15" }).hostRegistrationClosesOn).toBe("events.manage.error.closesBeforeOpens");
  });

  it("wants at least one window, each on an event day, starting before it ends, with a unique name", () => {
    expect(eventDraftErrors({ ...base, windows: [] }).windows).toBe("events.manage.error.windowsMissing");
    const w = base.windows[0]!;
    expect(eventDraftErrors({ ...base, windows: [{ ...w, start: "12:00", end: "09:00" }] }).window0).toBe("events.manage.error.windowOrder");
    expect(eventDraftErrors({ ...base, windows: [{ ...w, start: "10:00", end: "10:00" }] }).window0).toBe("events.manage.error.windowOrder");
    expect(eventDraftErrors({ ...base, windows: [{ ...w, date: "2027-05-21" }] }).window0).toBe("events.manage.error.windowOutside");
    expect(eventDraftErrors({ ...base, windows: [{ ...w, start: "9 uur" }] }).window0).toBe("events.manage.error.windowTime");
    expect(eventDraftErrors({ ...base, windows: [w, { ...w, label: "ochtend " }] }).window1).toBe("events.manage.error.windowDuplicate");
    // The same name on another day of a multi-day event is fine.
    expect(eventDraftErrors({ ...base, endsOn: "2027-05-21", windows: [w, { ...w, date: "2027-05-21" }] })).toEqual({});
  });

  it("ties girls-only to a minimum group size and Girlsday to girls only", () => {
    expect(eventDraftErrors({ ...base, girlsOnly: true, minGroupSize: null }).minGroupSize).toBe("events.manage.error.minGroupSizeGirls");
    expect(eventDraftErrors({ ...base, kind: "girlsday", girlsOnly: false, minGroupSize: 10 }).girlsOnly).toBe("events.manage.error.girlsdayGirlsOnly");
    expect(eventDraftErrors({ ...base, minGroupSize: 0 }).minGroupSize).toBe("events.manage.error.minGroupSize");
    expect(eventDraftErrors({ ...base, defaultMaxKm: 0 }).defaultMaxKm).toBe("events.error.maxKm");
  });
});

describe("normaliseEventDraft", () => {
  it("makes a Girlsday girls-only with groups of at least ten unless said otherwise", () => {
    const girlsday = normaliseEventDraft({ ...base, kind: "girlsday" });
    expect(girlsday.girlsOnly).toBe(true);
    expect(girlsday.minGroupSize).toBe(10);
    expect(eventDraftErrors(girlsday)).toEqual({});
    expect(normaliseEventDraft({ ...base, kind: "girlsday", minGroupSize: 12 }).minGroupSize).toBe(12);
    expect(normaliseEventDraft(base).minGroupSize).toBeNull();
  });
});

describe("assignWindowKeys", () => {
  it("keeps existing keys and derives new unique ones from the name", () => {
    const keys = assignWindowKeys(
      [
        { key: "ochtend", label: "Ochtend (vroeg)", date: "2027-05-20", start: "09:00", end: "12:00" },
        { key: "", label: "Ochtend", date: "2027-05-20", start: "12:00", end: "13:00" },
        { key: "", label: "Middag", date: "2027-05-20", start: "13:00", end: "16:00" },
      ],
      false,
    ).map((w) => w.key);
    expect(keys).toEqual(["ochtend", "2027-05-20-ochtend", "middag"]);
    expect(new Set(keys).size).toBe(3);
  });

  it("puts the date in the key on a multi-day event", () => {
    expect(assignWindowKeys([{ key: "", label: "Middag", date: "2027-05-21", start: "13:00", end: "16:00" }], true)[0]!.key).toBe("2027-05-21-middag");
  });
});

describe("removedWindowKeys", () => {
  it("lists the windows that are gone", () => {
    expect(removedWindowKeys([{ key: "ochtend" }, { key: "middag" }], [{ key: "middag" }, { key: "avond" }])).toEqual(["ochtend"]);
  });
});

describe("status changes", () => {
  it("follows draft → open → (run) assigning → (publish) published → done", () => {
    expect(statusChangeError("draft", "open", { runInProgress: false })).toBeNull();
    expect(statusChangeError("open", "draft", { runInProgress: false })).toBeNull();
    expect(statusChangeError("published", "done", { runInProgress: false })).toBeNull();
    expect(statusChangeError("open", "assigning", { runInProgress: false })).toBe("events.manage.error.statusChange");
    expect(statusChangeError("assigning", "published", { runInProgress: false })).toBe("events.manage.error.statusChange");
    expect(statusChangeError("done", "open", { runInProgress: false })).toBe("events.manage.error.statusChange");
    expect(statusChangeError("published", "open", { runInProgress: false })).toBe("events.manage.error.statusChange");
  });

  it("reopens an event being assigned only when no run is in progress", () => {
    expect(statusChangeError("assigning", "open", { runInProgress: false })).toBeNull();
    expect(statusChangeError("assigning", "open", { runInProgress: true })).toBe("events.error.runInProgress");
  });

  it("offers exactly the allowed changes", () => {
    expect(nextStatuses("draft")).toEqual(["open"]);
    expect(nextStatuses("assigning")).toEqual(["open"]);
    expect(nextStatuses("done")).toEqual([]);
  });
});

describe("isFinished", () => {
  const event = { status: "published" as const, startsOn: "2027-05-20", endsOn: "2027-05-21", windows: [] };
  it("is done the day after the last day, and only once published", () => {
    expect(isFinished(event, "2027-05-21")).toBe(false);
    expect(isFinished(event, "2027-05-22")).toBe(true);
    expect(isFinished({ ...event, status: "assigning" }, "2027-06-01")).toBe(false);
    expect(isFinished({ ...event, startsOn: null, endsOn: null }, "2027-06-01")).toBe(false);
  });
});

describe("withdrawalError", () => {
  it("lets hosts and schools withdraw while entry is open, the coordinator until the event is over", () => {
    expect(withdrawalError({ byCoordinator: false, entryOpen: true, status: "open" })).toBeNull();
    expect(withdrawalError({ byCoordinator: false, entryOpen: false, status: "open" })).toBe("events.manage.error.withdrawClosed");
    expect(withdrawalError({ byCoordinator: false, entryOpen: false, status: "assigning" })).toBe("events.manage.error.withdrawClosed");
    expect(withdrawalError({ byCoordinator: false, entryOpen: false, status: "published" })).toBe("events.manage.error.withdrawPublished");
    expect(withdrawalError({ byCoordinator: true, entryOpen: false, status: "published" })).toBeNull();
    expect(withdrawalError({ byCoordinator: true, entryOpen: false, status: "done" })).toBe("events.manage.error.eventDone");
  });
});
