import { useEffect, useRef, type ReactNode } from "react";
import { Form } from "react-router";
import { CONFIRM_FIELD, CONFIRM_VALUE } from "~/lib/forms.ts";
import { Button, ButtonGroup, ButtonLink } from "./components.tsx";

export type ConfirmStepProps = {
  /** The heading's id (the section is labelled by it). */
  id: string;
  /** The question, e.g. "Aanmelding bevestigen". */
  title: string;
  /** What will happen: the facts the person confirms (a DataList, a paragraph). */
  children: ReactNode;
  /** The first step's fields, posted again (`confirmationStep(...).confirm.fields`). */
  fields: [string, string][];
  /** The button that acts, saying what it does ("Bevestigen en aanmelden"). */
  confirmLabel: string;
  /** Where "cancel" goes: a page without the step, so nothing is posted. */
  cancelTo: string;
  cancelLabel: string;
  /** The action to post to when it is not the current route's. */
  action?: string;
};

/**
 * The second step of an action that must not happen on one click (see `confirmationStep` in
 * app/lib/forms.ts): the facts, a button that posts the first step's fields again with the
 * confirmation, and a way back that posts nothing. With JavaScript, focus moves to the question so
 * keyboard and screen-reader users land on it, as they do on the page a POST renders without it.
 */
export function ConfirmStep({ id, title, children, fields, confirmLabel, cancelTo, cancelLabel, action }: ConfirmStepProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="th-confirm th-stack" aria-labelledby={id}>
      <h2 className="utrecht-heading-2" id={id} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {children}
      <Form method="post" action={action}>
        {fields.map(([name, value], i) => (
          <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name={CONFIRM_FIELD} value={CONFIRM_VALUE} />
        <ButtonGroup>
          <Button>{confirmLabel}</Button>
          <ButtonLink appearance="secondary" to={cancelTo}>
            {cancelLabel}
          </ButtonLink>
        </ButtonGroup>
      </Form>
    </section>
  );
}
