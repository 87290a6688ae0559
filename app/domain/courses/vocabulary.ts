/**
 * Codes for courses and training needs. Stored values are stable codes; UI
 * labels are message keys in app/i18n/messages/courses.ts (courses.topic.<code>, …).
 */
export const COURSE_TOPICS = [
  "lassen",
  "plaatbewerking",
  "verspanen",
  "cnc",
  "mechatronica",
  "robotica",
  "plc",
  "elektrotechniek",
  "hydrauliek",
  "pneumatiek",
  "onderhoud",
  "veiligheid",
  "digitalisering",
  "agrotechniek",
  "precisielandbouw",
  "duurzame-energie",
  "installatietechniek",
  "communicatie",
  "leidinggeven",
] as const;
export type CourseTopic = (typeof COURSE_TOPICS)[number];

export const TARGET_GROUPS = ["werknemers", "zij_instromers", "studenten", "docenten"] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const COURSE_LEVELS = ["mbo-1", "mbo-2", "mbo-3", "mbo-4", "hbo", "none"] as const;
export type CourseLevel = (typeof COURSE_LEVELS)[number];

export const COURSE_FORMATS = ["physical_hub", "mobile_hub", "online", "blended"] as const;
export type CourseFormat = (typeof COURSE_FORMATS)[number];

export const COURSE_STATUSES = ["draft", "published", "archived"] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

export const SESSION_STATUSES = ["scheduled", "cancelled"] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/**
 * A registration's life. `pending_confirmation`: an employer registered an
 * employee who has not yet confirmed (the place is held, see rules.ts).
 * `offered`: a vacancy — a freed place held for the first on the waiting list
 *   (the status keeps the database enum's value, `registration_status.offered`).
 * `expired`: a vacancy or an unconfirmed hold lapsed.
 */
export const REGISTRATION_STATUSES = [
  "pending_confirmation",
  "confirmed",
  "waitlisted",
  "offered",
  "cancelled",
  "expired",
  "attended",
  "no_show",
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const NEED_FORMATS = [...COURSE_FORMATS, "no_preference"] as const;
export type NeedFormat = (typeof NEED_FORMATS)[number];

export const NEED_STATUSES = ["open", "closed"] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

/** Dutch names of the topics: shown in the UI and written into search text, so "lassen" finds welding courses. */
export const TOPIC_LABELS: Record<CourseTopic, string> = {
  lassen: "Lassen",
  plaatbewerking: "Plaatbewerking",
  verspanen: "Verspanen",
  cnc: "CNC-programmeren",
  mechatronica: "Mechatronica",
  robotica: "Robotica en automatisering",
  plc: "PLC-programmeren",
  elektrotechniek: "Elektrotechniek",
  hydrauliek: "Hydrauliek",
  pneumatiek: "Pneumatiek",
  onderhoud: "Onderhoudstechniek",
  veiligheid: "Veiligheid (VCA)",
  digitalisering: "Digitale vaardigheden",
  agrotechniek: "Agrotechniek",
  precisielandbouw: "Precisielandbouw",
  "duurzame-energie": "Duurzame energie",
  installatietechniek: "Installatietechniek",
  communicatie: "Communicatieve vaardigheden",
  leidinggeven: "Leidinggeven op de werkvloer",
};
