import type { ReactNode } from "react";
import type { JourneyTexts } from "@/server/sandbox/journeys/texts";

/** The accessible wiring of one input: its id, and the hint and error it is described by. */
export interface FieldAria {
  id: string;
  name: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

export function fieldError(texts: JourneyTexts, code: string | undefined): string | undefined {
  return code === undefined ? undefined : (texts.fieldErrors[code] ?? texts.fieldErrors.invalid);
}

/** Label, hint and error around one input, given as a render function of its aria attributes. */
export function Field({
  name,
  label,
  hint,
  error,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  children: (aria: FieldAria) => ReactNode;
}) {
  const id = `f-${name}`;
  const describedBy = describedByOf(id, hint, error);
  return (
    <div className="bank-field">
      <label htmlFor={id}>{label}</label>
      <FieldNote id={id} kind="hint" text={hint} />
      <FieldNote id={id} kind="error" text={error} />
      {children({ id, name, ...(describedBy ? { "aria-describedby": describedBy } : {}), ...(error ? { "aria-invalid": true as const } : {}) })}
    </div>
  );
}

/** The ids a field's input or group is described by: its hint, then its error (none: undefined). */
function describedByOf(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** A field's hint or error, with the id its input is described by. */
function FieldNote({ id, kind, text }: { id: string; kind: "hint" | "error"; text: string | undefined }) {
  return text ? (
    <span className={`bank-${kind}`} id={`${id}-${kind}`}>
      {text}
    </span>
  ) : null;
}

/** A group of inputs under one legend (radio buttons, a file and its alternative), with its hint and error. */
export function FieldGroup({
  name,
  legend,
  hint,
  error,
  className,
  children,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  const id = `f-${name}`;
  return (
    <fieldset className={className} aria-describedby={describedByOf(id, hint, error)}>
      <legend>{legend}</legend>
      <FieldNote id={id} kind="hint" text={hint} />
      <FieldNote id={id} kind="error" text={error} />
      {children}
    </fieldset>
  );
}

/** One checkbox the buyer must tick (confirmation, acceptance of the contract), with its error above it. */
export function CheckField({ name, label, error, defaultChecked }: { name: string; label: string; error?: string; defaultChecked?: boolean }) {
  const id = `f-${name}`;
  return (
    <div className="bank-field">
      <FieldNote id={id} kind="error" text={error} />
      <label className="bank-check">
        <input type="checkbox" id={id} name={name} defaultChecked={defaultChecked} aria-describedby={error ? `${id}-error` : undefined} required />
        <span>{label}</span>
      </label>
    </div>
  );
}

/** The list of faulty fields at the top of the form, each a link to its field. */
export function ErrorSummary({ texts, errors, labels }: { texts: JourneyTexts; errors: Record<string, string>; labels: Record<string, string> }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div className="bank-alert" role="alert">
      <strong>{texts.errorSummary}</strong>
      <ul>
        {entries.map(([name, code]) => (
          <li key={name}>
            <a href={`#f-${name}`}>
              {labels[name] ?? name} — {fieldError(texts, code)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The hidden fields every journey form posts: the journey token and the step it answers. */
export function StepFields({ token, step }: { token: string; step: string }) {
  return (
    <>
      <input type="hidden" name="t" value={token} />
      <input type="hidden" name="step" value={step} />
    </>
  );
}

/** The form's one primary button, below its fields. */
export function SubmitRow({ children }: { children: ReactNode }) {
  return (
    <div className="bank-actions">
      <button type="submit" className="bank-primary">
        {children}
      </button>
    </div>
  );
}
