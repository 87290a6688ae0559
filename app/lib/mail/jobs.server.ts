import type { JobDefinition } from "~/jobs/registry.server.ts";
import { deliverMail } from "./mailer.server.ts";

export const MAIL_DELIVER = "mail.deliver";

/** SMTP delivery happens here, outside the request, with pg-boss's retries. */
export const mailJobs: JobDefinition[] = [
  {
    name: MAIL_DELIVER,
    async run(services, data) {
      await deliverMail(services.db, services.mailTransport, String(data.id));
    },
  },
];
