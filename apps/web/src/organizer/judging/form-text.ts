/** A text field's value from a submitted form, trimmed; '' when absent (or a file). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** Every checked value of a group of checkboxes sharing a name. */
export function formValues(form: FormData, name: string): string[] {
  return form.getAll(name).filter((v): v is string => typeof v === 'string');
}
