// A labelled form control with its hint and its errors right under it, tied by aria-describedby.
import type { ComponentChildren } from 'preact';

export function fieldId(key: string): string {
  return `field-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export interface FieldProps {
  /** Field key such as "persona.name"; the control gets fieldId(key) as its id. */
  name: string;
  label: string;
  hint?: string;
  errors?: readonly string[];
  /** Renders the control with the ids and aria attributes it must carry. */
  children: (aria: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ComponentChildren;
}

export function Field({ name, label, hint, errors = [], children }: FieldProps) {
  const id = fieldId(name);
  const described = [hint ? `${id}-hint` : '', errors.length > 0 ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={errors.length > 0 ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children({ id, ...(errors.length > 0 ? { 'aria-invalid': true as const } : {}), ...(described ? { 'aria-describedby': described } : {}) })}
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <ul class="field-error" id={`${id}-error`}>
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
