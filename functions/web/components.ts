import type { MessageKey } from '../i18n/catalogs/index.js';
import type { Words } from '../i18n/words.js';
import { type Html, type HtmlValue, html } from './html.js';

/** What a form shows again after a refusal: what was typed, and what is wrong, field by field. */
export type FormState = {
  values: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, string>>;
  /** What is wrong with the form as a whole (a limit reached, a form expired). */
  problem?: string;
};

export const emptyForm = (values: Record<string, string> = {}): FormState => ({ values, errors: {} });

type FieldOptions = {
  name: string;
  /** Where a page has several forms with a field of the same name: each its own id (the name's by default). */
  id?: string;
  label: MessageKey;
  hint?: MessageKey;
  type?: 'text' | 'email' | 'datetime-local';
  /** For a date and time: the seconds it steps by (1 shows and keeps the seconds). */
  step?: number;
  autocomplete?: string;
  inputmode?: 'numeric' | 'email' | 'text';
  maxlength?: number;
  /** A field that may be left empty. */
  optional?: boolean;
};

const describedBy = (name: string, hint: boolean, error: boolean) => {
  const ids = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
  return ids ? html` aria-describedby="${ids}"` : '';
};

/** A labelled text field with its hint and its error, announced together. */
export function textField(w: Words, form: FormState, o: FieldOptions): Html {
  const error = form.errors[o.name];
  const id = o.id ?? o.name;
  return html`<div class="field">
<label for="${id}">${w.t(o.label)}</label>
${o.hint ? html`<span class="hint" id="${id}-hint">${w.t(o.hint)}</span>` : ''}
${error ? html`<span class="error" id="${id}-error">${error}</span>` : ''}
<input type="${o.type ?? 'text'}" id="${id}" name="${o.name}" value="${form.values[o.name] ?? ''}"${o.optional ? '' : html` required`}${
    o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ''
  }${o.inputmode ? html` inputmode="${o.inputmode}"` : ''}${o.maxlength ? html` maxlength="${o.maxlength}"` : ''}${
    o.step ? html` step="${o.step}"` : ''
  }${error ? html` aria-invalid="true"` : ''}${describedBy(id, Boolean(o.hint), Boolean(error))}>
</div>`;
}

/**
 * A labelled box for text of several lines, with its hint and its error. Its text starts on a line
 * of its own: a browser drops one line break right after the tag, so a text that starts with one keeps it.
 */
export function textAreaField(
  w: Words,
  form: FormState,
  o: {
    name: string;
    label: MessageKey;
    hint?: MessageKey;
    maxlength: number;
    rows?: number;
    optional?: boolean;
  },
): Html {
  const error = form.errors[o.name];
  return html`<div class="field">
<label for="${o.name}">${w.t(o.label)}</label>
${o.hint ? html`<span class="hint" id="${o.name}-hint">${w.t(o.hint)}</span>` : ''}
${error ? html`<span class="error" id="${o.name}-error">${error}</span>` : ''}
<textarea id="${o.name}" name="${o.name}" rows="${o.rows ?? 6}" maxlength="${o.maxlength}"${o.optional ? '' : html` required`}${
    error ? html` aria-invalid="true"` : ''
  }${describedBy(o.name, Boolean(o.hint), Boolean(error))}>
${form.values[o.name] ?? ''}</textarea>
</div>`;
}

/**
 * A labelled choice among options whose words are already the reader's. An optional one (a filter)
 * may be left at its first option, which says what choosing none means.
 */
export function selectField(
  w: Words,
  form: FormState,
  o: {
    name: string;
    label: MessageKey;
    options: readonly (readonly [value: string, label: string])[];
    optional?: boolean;
  },
): Html {
  const error = form.errors[o.name];
  const chosen = form.values[o.name];
  return html`<div class="field">
<label for="${o.name}">${w.t(o.label)}</label>
${error ? html`<span class="error" id="${o.name}-error">${error}</span>` : ''}
<select id="${o.name}" name="${o.name}"${o.optional ? '' : html` required`}${error ? html` aria-invalid="true" aria-describedby="${o.name}-error"` : ''}>
${o.options.map(
  ([value, label]) =>
    html`<option value="${value}"${value === chosen ? html` selected` : ''}>${label}</option>`,
)}
</select>
</div>`;
}

/** A box to tick, its words beside it. */
export function checkboxField(form: FormState, o: { name: string; label: string; value: string }): Html {
  const error = form.errors[o.name];
  return html`<div class="field">
${error ? html`<span class="error" id="${o.name}-error">${error}</span>` : ''}
<label class="check"><input type="checkbox" id="${o.name}" name="${o.name}" value="${o.value}" required${
    form.values[o.name] === o.value ? html` checked` : ''
  }${error ? html` aria-invalid="true" aria-describedby="${o.name}-error"` : ''}> <span>${o.label}</span></label>
</div>`;
}

/**
 * A form that posts to the program itself with its CSRF token; a refused one opens with what is
 * wrong, said once above the fields and again beside each.
 */
export function postForm(
  w: Words,
  form: FormState,
  o: { action: string; csrf: string; submit: MessageKey; fields: HtmlValue; label?: string },
): Html {
  const problems = Object.entries(form.errors);
  return html`<form method="post" action="${o.action}" novalidate${o.label ? html` aria-label="${o.label}"` : ''}>
${form.problem ? notice('bad', form.problem) : ''}
${
  problems.length > 0
    ? html`<div class="notice bad" role="alert"><p><strong>${w.t('form.errors.title')}</strong></p><ul>${problems.map(
        ([field, problem]) => html`<li><a href="#${field}">${problem}</a></li>`,
      )}</ul></div>`
    : ''
}
<input type="hidden" name="_csrf" value="${o.csrf}">
${o.fields}
<button class="primary" type="submit">${w.t(o.submit)}</button>
</form>`;
}

export const notice = (kind: 'info' | 'ok' | 'bad', text: string): Html =>
  html`<div class="notice ${kind}"${kind === 'bad' ? html` role="alert"` : html` role="status"`}><p>${text}</p></div>`;

/** A sale id or SKU, kept on one line where the table has room: "S-\n1" reads as two values. */
export const identifier = (value: string): Html => html`<span class="id">${value}</span>`;

/** Facts as name and value pairs: side by side where there is room, stacked on a phone. */
export const details = (rows: readonly (readonly [string, HtmlValue] | false | undefined)[]): Html =>
  html`<dl class="details">${rows.filter((row) => !!row).map(([name, value]) => html`<dt>${name}</dt><dd>${value}</dd>`)}</dl>`;

export const paragraph = (text: string): Html => html`<p>${text}</p>`;

/** Columns that still read side by side at 360 CSS pixels. */
const STAYS_A_TABLE_UP_TO = 3;

/**
 * A column's heading: its words, or, in a table sorted by a link in a heading, its words, where its
 * link leads, and whether the table is sorted by it (said by `aria-sort`, and by an arrow).
 */
export type ColumnHeading =
  | string
  | { label: string; href: string; sorted?: 'ascending' | 'descending' | undefined };

const labelOf = (heading: ColumnHeading) => (typeof heading === 'string' ? heading : heading.label);

function headingCell(heading: ColumnHeading, numeric: Html | ''): Html {
  if (typeof heading === 'string') return html`<th role="columnheader" scope="col"${numeric}>${heading}</th>`;
  const { label, href, sorted } = heading;
  const arrow = sorted
    ? html` <span class="sort" aria-hidden="true">${sorted === 'ascending' ? '▲' : '▼'}</span>`
    : '';
  return html`<th role="columnheader" scope="col"${numeric}${sorted ? html` aria-sort="${sorted}"` : ''}><a href="${href}">${label}</a>${arrow}</th>`;
}

/**
 * A table whose rows become labelled blocks on a narrow screen when it has more columns than fit
 * there; the explicit roles keep it a table for screen readers once CSS changes its display.
 * Narrower tables stay tables, in a region that scrolls sideways if it must, reachable by keyboard.
 */
export function table(o: {
  caption: string;
  head: readonly ColumnHeading[];
  rows: readonly (readonly HtmlValue[])[];
  numeric?: number[];
}): Html {
  const num = (i: number) => (o.numeric?.includes(i) ? html` class="num"` : '');
  const stacks = o.head.length > STAYS_A_TABLE_UP_TO;
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${o.caption}">
<table role="table"${stacks ? html` class="stack"` : ''}>
<caption>${o.caption}</caption>
<thead role="rowgroup"><tr role="row">${o.head.map((h, i) => headingCell(h, num(i)))}</tr></thead>
<tbody role="rowgroup">${o.rows.map(
    (row) =>
      html`<tr role="row">${row.map((value, i) => html`<td role="cell" data-label="${labelOf(o.head[i] ?? '')}"${num(i)}>${value}</td>`)}</tr>`,
  )}</tbody>
</table>
</div>`;
}
