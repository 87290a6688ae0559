import type { ReactNode } from "react";
import { Form } from "react-router";
import { Alert, Button, ButtonGroup, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { useT } from "~/ui/use-t.ts";

/**
 * The second step of a destructive action (merge, block, archive), without JavaScript: the first
 * POST comes back with what is about to happen, and this form posts the same fields again with
 * `confirmed=1`. Cancelling is a link back to the page.
 */
export function ConfirmStep({
  title,
  children,
  fields,
  confirmLabel,
  cancelTo,
  action,
}: {
  title: string;
  children: ReactNode;
  fields: Record<string, string>;
  confirmLabel: string;
  cancelTo: string;
  action?: string;
}) {
  const t = useT();
  return (
    <section className="th-card th-stack" aria-labelledby="bevestigen">
      <Alert type="warning" role="alert">
        <Heading level={2} id="bevestigen">
          {title}
        </Heading>
        {children}
      </Alert>
      <Form method="post" action={action}>
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="confirmed" value="1" />
        <ButtonGroup>
          <Button danger>{confirmLabel}</Button>
          <Link to={cancelTo}>{t("admin.confirm.cancel")}</Link>
        </ButtonGroup>
      </Form>
    </section>
  );
}

export function AdminBack({ to = "/beheer", label }: { to?: string; label?: string }) {
  const t = useT();
  return (
    <Paragraph>
      <Link to={to}>{label ?? t("admin.back")}</Link>
    </Paragraph>
  );
}
