import type { EmailMessage } from '../ports/mailer.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML: every value that reaches a page or an email goes through this. */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

/** One line of an email: plain text, and the same words for the HTML part. */
export type Block = { text: string } | { link: string; label: string } | { fields: [string, string][] };

const textOf = (block: Block) => {
  if ('text' in block) return block.text;
  if ('link' in block) return `${block.label}: ${block.link}`;
  return block.fields.map(([name, value]) => `${name}: ${value}`).join('\n');
};

const htmlOf = (block: Block) => {
  if ('text' in block) return `<p>${escapeHtml(block.text)}</p>`;
  if ('link' in block) {
    // A new tab: mail viewers show emails in frames, and our pages refuse to be framed elsewhere.
    return `<p><a href="${escapeHtml(block.link)}" target="_blank" rel="noopener">${escapeHtml(block.label)}</a></p>`;
  }
  const rows = block.fields
    .map(([name, value]) => `<tr><th align="left">${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join('');
  return `<table cellpadding="4">${rows}</table>`;
};

/**
 * An email with a text part and an HTML part that say the same thing, plainly: the text part is
 * what scripts read (docs/http-api.md, "Emails that scripts read"), the HTML part is what people click.
 */
export function composeEmail(to: string, subject: string, blocks: Block[]): EmailMessage {
  const text = `${blocks.map(textOf).join('\n\n')}\n`;
  const html = [
    '<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5">',
    ...blocks.map(htmlOf),
    '</body></html>',
  ].join('\n');
  return { to, subject, text, html };
}
