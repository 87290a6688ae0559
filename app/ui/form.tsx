import { useEffect, useId, useRef } from "react";
import { useActionData } from "react-router";
import type { InputHTMLAttributes, MouseEvent, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useT } from "~/ui/use-t.ts";
import { cx } from "~/ui/components.tsx";
import { labelBefore } from "~/ui/punctuation.ts";

type Common = { name: string; label: ReactNode; description?: ReactNode; error?: string | null };

function Field({ name, label, description, error, children }: Common & { children: ReactNode }) {
  const t = useT();
  return (
    <div className={cx("utrecht-form-field", "utrecht-form-field--text", error && "utrecht-form-field--invalid")}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={`f-${name}`}>
          {label}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={`f-${name}-desc`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={`f-${name}-error`}>
          {t(error)}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

function describedBy(name: string, description?: ReactNode, error?: string | null) {
  return [description ? `f-${name}-desc` : null, error ? `f-${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function TextField({
  name,
  label,
  description,
  error,
  defaultValue,
  className,
  ...rest
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name">) {
  return (
    <Field name={name} label={label} description={description} error={error}>
      <input
        // Stated although it is the default: some checkers (HTML_CodeSniffer's autocomplete rule, ADR 016) read the
        // attribute, not the type the browser uses, and call autocomplete="name" wrong on an input without it.
        type="text"
        id={`f-${name}`}
        name={name}
        className={cx("utrecht-textbox", "utrecht-textbox--html-input", error && "utrecht-textbox--invalid", className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, description, error)}
        defaultValue={defaultValue}
        {...rest}
      />
    </Field>
  );
}

export function TextArea({
  name,
  label,
  description,
  error,
  ...rest
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  return (
    <Field name={name} label={label} description={description} error={error}>
      <textarea
        id={`f-${name}`}
        name={name}
        className={cx("utrecht-textarea", "utrecht-textarea--html-textarea", error && "utrecht-textarea--invalid")}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, description, error)}
        rows={5}
        {...rest}
      />
    </Field>
  );
}

/** An option of a select; options that name a group are shown together under its label (an optgroup). */
export type SelectOption = { value: string; label: string; group?: string };

function optionGroups(options: SelectOption[]): { label?: string; options: SelectOption[] }[] {
  const groups: { label?: string; options: SelectOption[] }[] = [];
  for (const o of options) {
    const last = groups[groups.length - 1];
    if (last && last.label === o.group) last.options.push(o);
    else groups.push({ label: o.group, options: [o] });
  }
  return groups;
}

export function SelectField({
  name,
  label,
  description,
  error,
  options,
  placeholder,
  ...rest
}: Common & { options: SelectOption[]; placeholder?: string } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name">) {
  // A refused form shows a field that was sent twice (`a=1&a=2`) as a list; a single choice shows
  // the first, as React wants a scalar there.
  const { defaultValue } = rest;
  const chosen = Array.isArray(defaultValue) && !rest.multiple ? (defaultValue as readonly string[])[0] : defaultValue;
  return (
    <Field name={name} label={label} description={description} error={error}>
      <select {...selectAttributes(name, description, error)} {...rest} defaultValue={chosen}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {optionGroups(options).map((g, i) =>
          g.label === undefined ? (
            g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))
          ) : (
            <optgroup key={`${i}-${g.label}`} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ),
        )}
      </select>
    </Field>
  );
}

function selectAttributes(name: string, description?: ReactNode, error?: string | null) {
  return {
    id: `f-${name}`,
    name,
    className: cx("utrecht-select", "utrecht-select--html-select", error && "utrecht-select--invalid"),
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(name, description, error),
  };
}

/** The boxes of a CheckboxGroup, each on its own row, posting `name[]`; a long list's groups take them apart. */
export function Checkboxes({ name, options, selected }: { name: string; options: { value: string; label: ReactNode }[]; selected: string[] }) {
  return options.map((o) => (
    <div className="utrecht-form-field utrecht-form-field--checkbox" key={o.value}>
      <input
        className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
        type="checkbox"
        id={`f-${name}-${o.value}`}
        name={`${name}[]`}
        value={o.value}
        defaultChecked={selected.includes(o.value)}
      />
      <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`f-${name}-${o.value}`}>
        {o.label}
      </label>
    </div>
  ));
}

/** A group of checkboxes posting `name[]`: the options, or (children) their boxes laid out in parts. */
export function CheckboxGroup({
  name,
  legend,
  options,
  selected,
  error,
  children,
}: {
  name: string;
  legend: ReactNode;
  options?: { value: string; label: ReactNode }[];
  selected: string[];
  error?: string | null;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    // The id is where ErrorSummary's link for this field lands (#f-<name>); without it the link went nowhere.
    <fieldset
      id={`f-${name}`}
      className={cx("utrecht-form-fieldset", "utrecht-form-fieldset--html-fieldset", error && "utrecht-form-fieldset--invalid")}
      aria-describedby={error ? `f-${name}-error` : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {error ? (
        <div className="utrecht-form-field-error-message" id={`f-${name}-error`}>
          {t(error)}
        </div>
      ) : null}
      {children ?? <Checkboxes name={name} options={options ?? []} selected={selected} />}
    </fieldset>
  );
}

/**
 * With JavaScript a click on a summary link focuses the field itself instead of following the hash:
 * React Router treats a hash change as a navigation and drops the action's answer, so the summary and
 * every message beside the fields vanished the moment a person went to fix one. The field's label
 * and message are scrolled into view with it. Without JavaScript the link is an ordinary fragment link.
 */
function goToField(event: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById(event.currentTarget.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  const control = target.matches("fieldset") ? (target.querySelector<HTMLElement>("input, select, textarea") ?? target) : target;
  control.focus({ preventScroll: true });
  (target.closest(".utrecht-form-field, fieldset") ?? target).scrollIntoView({ block: "start" });
}

/**
 * Shown above a form that came back with errors; links to each invalid field.
 *
 * Focus moves here when it appears (WCAG 3.3.1, 2.4.3): with JavaScript when the action's answer
 * renders, without it through `autofocus` on the page the server sent back, so that neither a
 * keyboard nor a screen reader is left on the button that sent the form. The title of such a page
 * starts with "Fout: " (PageMeta in app/ui/page-meta.tsx).
 */
export function ErrorSummary({
  errors,
  labels,
  targets,
}: {
  errors?: Record<string, string> | null;
  labels?: Record<string, ReactNode>;
  /** The id a field's link goes to when it is not f-<field> (one error shown beside another field). */
  targets?: Record<string, string>;
}) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const shown = !!errors && Object.keys(errors).length > 0;
  // Focus moves when an answer arrives (each is a new object, also one with the same errors) or
  // the errors change; not on every render, where a page may rebuild its errors object while the
  // person is typing.
  const answer = useActionData();
  const content = JSON.stringify(errors ?? {});
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [answer, content, shown]);
  if (!errors || !shown) return null;
  return (
    <div
      ref={ref}
      className="utrecht-alert utrecht-alert--error th-error-summary"
      role="alert"
      aria-labelledby={headingId}
      tabIndex={-1}
      autoFocus
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p className="utrecht-paragraph" id={headingId}>
            {t("form.errors")}
          </p>
          <ul className="utrecht-unordered-list">
            {Object.entries(errors).map(([field, message]) => (
              <li key={field}>
                {field === "_form" ? (
                  t(message)
                ) : (
                  <a className="utrecht-link" href={`#${targets?.[field] ?? `f-${field}`}`} onClick={goToField}>
                    {labelOfField(labels?.[field])}
                    {t(message)}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/** A field's label before its error in the summary: a question keeps its "?" and takes no colon. */
function labelOfField(label: ReactNode) {
  if (label === undefined || label === null || label === false || label === "") return null;
  return typeof label === "string" ? labelBefore(label) : <>{label}: </>;
}

/** A spreadsheet to upload (CSV or Excel), its refusal beside it; the monitor's and the onboarding import use it. */
export function SpreadsheetField({ name, label, description, error }: Common) {
  return (
    <Field name={name} label={label} description={description} error={error}>
      <input
        id={`f-${name}`}
        name={name}
        type="file"
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={describedBy(name, description, error)}
        aria-invalid={error ? true : undefined}
        required
      />
    </Field>
  );
}
