import * as z from 'zod';
import type { MessageKey } from '../i18n/catalogs/index.js';
import type { Words } from '../i18n/words.js';
import type { FormState } from './components.js';

/**
 * A form's fields read with the same field schemas the API's bodies use (the rules are written
 * once), each refusal said in the reader's words beside its field; what was typed is kept.
 */
export function readForm<const Shape extends z.ZodRawShape>(
  w: Words,
  form: Readonly<Record<string, string>>,
  shape: Shape,
  messages: { readonly [Field in keyof Shape]: MessageKey },
): { ok: true; data: z.output<z.ZodObject<Shape>> } | { ok: false; state: FormState } {
  const parsed = z.object(shape).safeParse(form);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (field in messages && !(field in errors)) errors[field] = w.t(messages[field as keyof Shape]);
  }
  return { ok: false, state: { values: form, errors } };
}

/** The form shown again with one field's refusal beside it (a rule the use case applied). */
export const refusedField = (
  form: Readonly<Record<string, string>>,
  field: string,
  message: string,
): FormState => ({
  values: form,
  errors: { [field]: message },
});

/** The form shown again with a refusal about the whole of it (a limit reached). */
export const refusedForm = (form: Readonly<Record<string, string>>, problem: string): FormState => ({
  values: form,
  errors: {},
  problem,
});
