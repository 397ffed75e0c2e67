import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every word a page shows comes from a message catalog: the templates of the pages hold markup
 * only. Each `html` template of functions/web is read as written (every branch, rendered or not):
 * its text between tags, and the attributes that browsers show or read aloud, hold nothing but the
 * values put in them.
 */
const WEB = join(import.meta.dirname, '../../../functions/web');
const SHOWN_ATTRIBUTES = /\b(aria-label|title|alt|placeholder|value)="([^"]*)"/g;
const PLACEHOLDER = '\u0000';
const BOOLEAN_ATTRIBUTES = /\b(selected|checked|required|download|novalidate|disabled)\b/g;

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(folder, entry.name)]
        : [],
  );

type Template = { where: string; markup: string; literals: string[] };

/** Reads a template literal from just after its opening backtick: its literal parts, and where it ends. */
function readTemplate(text: string, from: number): { parts: string[]; expressions: string[]; end: number } {
  const parts: string[] = [];
  const expressions: string[] = [];
  let part = '';
  let i = from;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '\\') {
      part += text.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      return { parts: [...parts, part], expressions, end: i + 1 };
    } else if (c === '$' && text[i + 1] === '{') {
      const end = skipExpression(text, i + 2);
      expressions.push(text.slice(i + 2, end - 1));
      parts.push(part);
      part = '';
      i = end;
    } else {
      part += c;
      i++;
    }
  }
  throw new Error('A template literal does not end');
}

/** From inside `${`, the index just after its closing brace (strings and templates in it skipped). */
function skipExpression(text: string, from: number): number {
  let depth = 1;
  let i = from;
  while (depth > 0) {
    const c = text[i];
    if (c === '`') i = readTemplate(text, i + 1).end;
    else if (c === "'" || c === '"') {
      i++;
      while (text[i] !== c) i += text[i] === '\\' ? 2 : 1;
      i++;
    } else {
      if (c === '{') depth++;
      if (c === '}') depth--;
      i++;
    }
  }
  return i;
}

const STRING_LITERAL = /^\s*(['"`])([^'"`$]*)\1\s*$/;

function htmlTemplatesOf(file: string): Template[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/\bhtml`/g)].map((match) => {
    const { parts, expressions } = readTemplate(text, (match.index ?? 0) + 5);
    const line = text.slice(0, match.index).split('\n').length;
    const literals = expressions.flatMap((e) => STRING_LITERAL.exec(e)?.[2] ?? []);
    return { where: `${relative(WEB, file)}:${line}`, markup: parts.join(PLACEHOLDER), literals };
  });
}

const templates = sourceFiles(WEB).flatMap(htmlTemplatesOf);

/** What a reader would see of a template's own text: between tags, and in shown attributes. */
function ownWords({ markup, literals }: Template): string[] {
  const shown = [...markup.matchAll(SHOWN_ATTRIBUTES)].map((m) => m[2] ?? '');
  // A template may be a tag's attributes alone (` selected`, ` aria-invalid="true"`).
  const between = markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, PLACEHOLDER)
    .replace(/[\w-]+="[^"]*"?/g, PLACEHOLDER)
    .replace(BOOLEAN_ATTRIBUTES, PLACEHOLDER)
    .split(PLACEHOLDER);
  return [...shown, ...between, ...literals]
    .map((text) => text.replaceAll(PLACEHOLDER, '').trim())
    .filter((text) => /\p{L}/u.test(text));
}

describe('The templates of the pages', () => {
  it('are found in functions/web', () => {
    expect(templates.length).toBeGreaterThan(20);
  });

  it.each(templates.map((t) => [t.where, t] as const))('%s shows no word of its own', (_, template) => {
    expect(ownWords(template)).toEqual([]);
  });

  it('would catch a word written into a template', () => {
    const written = {
      where: 'example',
      markup: `<p>Log in</p><a aria-label="Close">${PLACEHOLDER}</a>`,
      literals: ['Go'],
    };
    expect(ownWords(written)).toEqual(['Close', 'Log in', 'Go']);
  });
});
