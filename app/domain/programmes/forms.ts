import { z } from "zod";
import { optionalText, requiredText, stringList } from "../common/form-fields.ts";
import { periodErrors } from "./programme-rules.ts";

/**
 * The programme editor's forms. Each schema gives the message key beside
 * its field; the use-cases check the same rules again, since a route is not
 * the only caller.
 */
const day = z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string({ error: "programmes.form.dateInvalid" }));

const programmeFields = {
  name: requiredText(200),
  description: optionalText(4000),
  funders: optionalText(500),
  startsOn: day,
  endsOn: day,
};

function checkPeriod(v: { startsOn: string; endsOn: string }, ctx: z.RefinementCtx) {
  for (const [field, message] of Object.entries(periodErrors(v.startsOn, v.endsOn))) ctx.addIssue({ code: "custom", path: [field], message });
}

export const programmeFormSchema = z.object(programmeFields).superRefine(checkPeriod);
export const newProgrammeFormSchema = z.object({ ...programmeFields, networkId: z.uuid({ error: "programmes.form.networkRequired" }) }).superRefine(checkPeriod);
export type ProgrammeInput = z.infer<typeof programmeFormSchema>;

export const goalFormSchema = z.object({ title: requiredText(300), indicator: optionalText(500), target: optionalText(300) });
export type GoalInput = z.infer<typeof goalFormSchema>;

export const projectFormSchema = z.object({
  title: requiredText(300),
  description: optionalText(4000),
  goals: stringList(z.uuid({ error: "programmes.project.goalsRequired" })).pipe(z.array(z.string()).min(1, "programmes.project.goalsRequired")),
});
export type ProjectInput = z.infer<typeof projectFormSchema>;

export const teamMemberFormSchema = z.object({
  organisationId: z.uuid({ error: "programmes.team.organisationRequired" }),
  role: requiredText(200, "programmes.team.roleRequired"),
  email: optionalText(320).pipe(z.email({ error: "programmes.team.emailInvalid" }).optional()),
});
export type TeamMemberInput = z.infer<typeof teamMemberFormSchema>;

export const milestoneFormSchema = z.object({ title: requiredText(300), dueOn: z.iso.date({ error: "programmes.milestone.dueInvalid" }) });
