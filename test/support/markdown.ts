/**
 * Reading the repository's Markdown the way a newcomer does: the code blocks they copy, and the
 * files and folders they are told to open. Specifications of the docs are built on these.
 */

const FENCE = /^```([\w-]*)\n([\s\S]*?)^```$/gm;

/** The text of each fenced code block of a language (`json`, `sh`), in order. */
export const codeBlocks = (markdown: string, language: string): string[] =>
  [...markdown.matchAll(FENCE)].filter((m) => m[1] === language).map((m) => m[2] as string);

/** The level of each line that is a heading (a `# comment` in a code block is not one), else 0. */
function headingLevels(lines: string[]): number[] {
  let inFence = false;
  return lines.map((line) => {
    if (line.startsWith('```')) inFence = !inFence;
    return !inFence && /^#{1,6} /.test(line) ? line.indexOf(' ') : 0;
  });
}

/** A section: from its heading to the next heading of the same or a higher level. */
export function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const levels = headingLevels(lines);
  const start = lines.findIndex((line, i) => levels[i] && line.slice((levels[i] as number) + 1) === heading);
  if (start < 0) throw new Error(`No section '${heading}'`);
  const level = levels[start] as number;
  const end = levels.findIndex((l, i) => i > start && l > 0 && l <= level);
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/**
 * A file or folder a document names, and where (`line` counts from 1). A link's target is relative
 * to the document; any other name to the repository, or to the folder its line starts with.
 */
export type NamedPath = { name: string; line: number; kind: 'link' | 'name'; folderOfLine?: string };

// A relative path with a file extension, as shell examples write one (`-d @docs/examples/x.json`),
// or a folder's glob, as diagrams do (`functions/handlers/api/*`).
const PATH_IN_CODE = /(?<![\w./$:-])((?:[\w.-]+\/)+(?:[\w.-]+\.(?:json|md|ts|txt)\b|\*))/g;
const FILE_NAME = /\.(?:json|md|ts|js|txt|ya?ml|sh)$/;
const LINK = /\[[^\]]*\]\(([^)\s]+)\)/g;
const CODE_SPAN = /`([^`\n]+)`/g;
const MEDIA_TYPE = /^(?:application|text|image|multipart)\/[\w.+-]+$/;
const MARKDOWN_FILE = /(?<![\w./-])((?:[\w.-]+\/)*[\w.-]*\w\.md)\b/g;

/**
 * Whether a name in backticks is meant as a path of the repository: it has a folder or a file
 * extension, and is not a command, a URL, an absolute path of the machine, a package (`@scope/x`),
 * a media type, a placeholder (`partner-<mpnId>`) or a file-name pattern (`*.unit.spec.ts`).
 */
function isRepositoryPath(name: string): boolean {
  if (/\s|:\/\/|[<>{}$=]/.test(name) || /^[/@~*-]/.test(name) || MEDIA_TYPE.test(name)) return false;
  return name.includes('/') || FILE_NAME.test(name);
}

/** Globs name the folder they match in: `functions/handlers/api/*` is `functions/handlers/api/`. */
const withoutGlob = (name: string) => (name.includes('*') ? name.slice(0, name.indexOf('*')) : name);

/**
 * Every file and folder a document names: markdown link targets, names in backticks, Markdown
 * files mentioned in plain text, and relative paths in its code blocks. In a line that starts by
 * naming a folder, as a table row does (`domain/` ... `partners/`), names may be relative to it:
 * `folderOfLine` keeps it.
 */
export function namedPaths(markdown: string): NamedPath[] {
  const named: NamedPath[] = [];
  let inFence = false;
  markdown.split('\n').forEach((text, index) => {
    const line = index + 1;
    if (text.startsWith('```')) {
      inFence = !inFence;
      return;
    }
    if (inFence) {
      for (const [, name] of text.matchAll(PATH_IN_CODE)) {
        named.push({ name: withoutGlob(name as string), line, kind: 'name' });
      }
      return;
    }
    const links = [...text.matchAll(LINK)]
      .map((m) => (m[1] as string).replace(/#.*$/, ''))
      .filter((target) => target !== '' && !/^[a-z]+:/.test(target));
    const spans = [...text.matchAll(CODE_SPAN)].map((m) => m[1] as string).filter(isRepositoryPath);
    const prose = text.replace(CODE_SPAN, ' ').replace(LINK, ' ');
    const mentioned = [...prose.matchAll(MARKDOWN_FILE)].map((m) => m[1] as string);
    const folderOfLine = spans[0]?.endsWith('/') ? spans[0] : undefined;
    for (const name of links) named.push({ name, line, kind: 'link' });
    for (const name of [...spans, ...mentioned]) {
      named.push({ name: withoutGlob(name), line, kind: 'name', ...(folderOfLine ? { folderOfLine } : {}) });
    }
  });
  return named;
}

/** The anchor a heading gets on GitHub: lower case, punctuation dropped, spaces as hyphens. */
export const anchorOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

/** The anchors of a document's headings. */
export function anchors(markdown: string): string[] {
  const lines = markdown.split('\n');
  return headingLevels(lines).flatMap((level, i) =>
    level > 0 ? [anchorOf((lines[i] as string).slice(level + 1))] : [],
  );
}

/** Each link to a section, as its document (relative to the linking one; '' for itself) and anchor. */
export const sectionLinks = (markdown: string): { document: string; anchor: string }[] =>
  [...markdown.replace(FENCE, '').matchAll(LINK)].flatMap((m) => {
    const [document, anchor] = (m[1] as string).split('#');
    return anchor !== undefined && !/^[a-z]+:/.test(document as string)
      ? [{ document: document as string, anchor }]
      : [];
  });
