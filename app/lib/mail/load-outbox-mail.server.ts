import { eq } from "drizzle-orm";
import { isUuid } from "~/domain/common/ids.ts";
import type { AppServices } from "~/context.ts";
import { mailOutbox } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { devToolsEnabled } from "~/lib/env.server.ts";


/** One mail from the outbox, for the tester's detail view. */
export async function loadOutboxMail(services: AppServices, id: string) {
  if (!devToolsEnabled(services.env) || !isUuid(id)) throw notFound();
  const [mail] = await services.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  if (!mail) throw notFound();
  return mail;
}

/** One attachment of an outbox mail, decoded, for download. */
export async function loadOutboxAttachment(services: AppServices, id: string, index: number) {
  const mail = await loadOutboxMail(services, id);
  const attachment = mail.attachments[index];
  if (!attachment) throw notFound();
  return { filename: attachment.filename, contentType: attachment.contentType, content: Buffer.from(attachment.content, "base64") };
}
