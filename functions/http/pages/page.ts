import { escapeHtml } from '../../email/layout.js';

/** A small page of our own: no script, no external resources, readable without styles. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
dt { font-weight: 600; } dd { margin: 0 0 .5rem 0; }
form { margin: 1rem 0; } textarea { width: 100%; }
button { font-size: 1rem; padding: .5rem 1.25rem; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

export const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;

export const details = (fields: [string, string][]) =>
  `<dl>${fields.map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`;
