import { sql } from "drizzle-orm";
import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth.ts";
import { organisation } from "./organisations.ts";
import { network } from "./networks.ts";

/**
 * A programme of a network (Sterk Techniek Onderwijs Deventer-Twello, an
 * MKB-deal): a period, numbered goals, projects under one or more goals, each
 * run by a development team, with milestones and progress updates.
 */
export const programme = pgTable(
  "programme",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    networkId: uuid("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** Who pays, as the report for funders names them (e.g. "Ministerie van OCW, Stichting Platforms vmbo"). */
    funders: text("funders").notNull().default(""),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("programme_network_idx").on(t.networkId)],
);

/** A numbered goal; indicator and target are filled in where the programme knows them. */
export const programmeGoal = pgTable(
  "programme_goal",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programme.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    indicator: text("indicator"),
    target: text("target"),
  },
  (t) => [uniqueIndex("programme_goal_position").on(t.programmeId, t.position)],
);

export const project = pgTable(
  "project",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programme.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("project_position").on(t.programmeId, t.position)],
);

/** A project serves one or more goals of its programme. */
export const projectGoal = pgTable(
  "project_goal",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => project.id, { onDelete: "cascade" }),
    goalId: uuid("goal_id")
      .notNull()
      .references(() => programmeGoal.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.goalId] }), index("project_goal_goal_idx").on(t.goalId)],
);

/**
 * A seat in a project's development team: an organisation with a role text
 * ("docent techniek", "hybride docent"), optionally a platform user. One lead per team.
 */
export const projectTeamMember = pgTable(
  "project_team_member",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => project.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").references(() => organisation.id, { onDelete: "set null" }),
    userId: text("user_id").references(() => user.id, { onDelete: "set null" }),
    role: text("role").notNull(),
    isLead: boolean("is_lead").notNull().default(false),
  },
  (t) => [
    index("project_team_member_project_idx").on(t.projectId),
    index("project_team_member_org_idx").on(t.organisationId),
    uniqueIndex("project_team_one_lead").on(t.projectId).where(sql`${t.isLead}`),
  ],
);

/** A milestone is planned or done; "late" is computed against the clock, never stored. */
export const milestone = pgTable(
  "milestone",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => project.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    dueOn: date("due_on").notNull(),
    status: text("status", { enum: ["planned", "done"] }).notNull().default("planned"),
    doneAt: timestamp("done_at", { withTimezone: true }),
    doneById: text("done_by_id").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [index("milestone_project_idx").on(t.projectId, t.dueOn)],
);

export const progressUpdate = pgTable(
  "progress_update",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => project.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
    text: text("text").notNull(),
    rag: text("rag", { enum: ["green", "amber", "red"] }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("progress_update_project_idx").on(t.projectId, t.createdAt)],
);
