import type { Words } from '../i18n/words.js';
import type { Attachment, EmailMessage } from '../ports/mailer.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML: every value that reaches a page or an email goes through this. */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

/** Words someone wrote (a question, an answer, a reason), which may run over several lines. */
export type Prose = { prose: string };
export const prose = (text: string): Prose => ({ prose: text });

/**
 * The labels of the lines that scripts read (docs/http-api.md, "Emails that scripts read"): the
 * text part writes these lines, label and value (`Status: approved`), the same in every language.
 */
export type ScriptLabel = 'Access code' | 'Status' | 'Reason' | 'Review and decide';
/** A line scripts read, and the value they match where the reader's words differ (`Approuvée`). */
export type ScriptLine = { label: ScriptLabel; value?: string };

/**
 * A field, named and valued in the reader's words; a value is one line, unless it is prose. A line
 * that scripts read has the text part write it as fixed, while the HTML part says it in the
 * reader's words.
 */
export type Field = [name: string, value: string | Prose, script?: ScriptLine];

/** One block of an email: plain text, a link (also one that scripts read), or fields. */
export type Block =
  | { text: string }
  | { link: string; label: string; script?: ScriptLabel }
  | { fields: Field[] };

// What would end a line of the text part or of the subject, or make a reader see what follows in
// another order: control characters, the line and paragraph separators, the bidirectional
// embeddings, overrides and isolates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters replaced
const LINE_BREAKERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;
const LINE_BREAK = /\r\n?|[\u2028\u2029]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters replaced
const CONTROLS_BUT_LF = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]+/g;

// Every value is made well-formed first: SES cannot encode a lone surrogate, and fails the send.
const oneLine = (value: string) => value.toWellFormed().replace(LINE_BREAKERS, ' ');
const proseLines = (value: string) =>
  value.toWellFormed().replace(LINE_BREAK, '\n').replace(CONTROLS_BUT_LF, ' ');

const safeValue = (value: string | Prose) =>
  typeof value === 'string' ? oneLine(value) : prose(proseLines(value.prose));
const safeScript = (script: ScriptLine): ScriptLine =>
  script.value === undefined ? script : { ...script, value: oneLine(script.value) };

/**
 * The block with its values made safe, whatever they hold (events recorded before requests were
 * checked as they are now may hold anything): a value stays on its line, prose on lines of its own.
 */
const safeBlock = (block: Block): Block => {
  if ('text' in block) return { text: oneLine(block.text) };
  if ('link' in block) return { ...block, link: oneLine(block.link), label: oneLine(block.label) };
  return {
    fields: block.fields.map(
      ([name, value, script]): Field =>
        script ? [oneLine(name), safeValue(value), safeScript(script)] : [oneLine(name), safeValue(value)],
    ),
  };
};

// A line of prose after its first is indented: only the email's own words start a line of the
// text part, which scripts read (docs/http-api.md, "Emails that scripts read").
const textOfValue = (value: string | Prose) =>
  typeof value === 'string' ? value : value.prose.replaceAll('\n', '\n  ');

// Prose keeps its line breaks in the HTML part too.
const htmlCellOf = (value: string | Prose) =>
  typeof value === 'string'
    ? `<td>${escapeHtml(value)}</td>`
    : `<td style="white-space: pre-line">${escapeHtml(value.prose)}</td>`;

const textOf = (w: Words, block: Block) => {
  if ('text' in block) return block.text;
  if ('link' in block) {
    return block.script
      ? `${block.script}: ${block.link}`
      : w.t('email.field', { name: block.label, value: block.link });
  }
  return block.fields
    .map(([name, value, script]) =>
      script
        ? `${script.label}: ${textOfValue(script.value ?? value)}`
        : w.t('email.field', { name, value: textOfValue(value) }),
    )
    .join('\n');
};

const htmlOf = (block: Block) => {
  if ('text' in block) return `<p>${escapeHtml(block.text)}</p>`;
  if ('link' in block) {
    // A new tab: mail viewers show emails in frames, and our pages refuse to be framed elsewhere.
    return `<p><a href="${escapeHtml(block.link)}" target="_blank" rel="noopener">${escapeHtml(block.label)}</a></p>`;
  }
  const rows = block.fields
    .map(([name, value]) => `<tr><th align="left">${escapeHtml(name)}</th>${htmlCellOf(value)}</tr>`)
    .join('');
  return `<table cellpadding="4">${rows}</table>`;
};

/**
 * An email in the reader's language, with a text part and an HTML part that say the same thing,
 * plainly: the text part is what scripts read (docs/http-api.md, "Emails that scripts read"), so
 * its script lines are fixed; the HTML part is what people read and click, all in their words.
 * The subject is one line, whatever the values in it.
 */
export function composeEmail(
  w: Words,
  message: { to: string; subject: string; blocks: Block[]; attachments?: readonly Attachment[] },
): EmailMessage {
  const safe = message.blocks.map(safeBlock);
  const text = `${safe.map((block) => textOf(w, block)).join('\n\n')}\n`;
  const html = [
    `<!doctype html><html lang="${w.language}"><body style="font-family: sans-serif; line-height: 1.5">`,
    ...safe.map(htmlOf),
    '</body></html>',
  ].join('\n');
  const { to, subject, attachments = [] } = message;
  return { to, subject: oneLine(subject), text, html, ...(attachments.length > 0 ? { attachments } : {}) };
}
