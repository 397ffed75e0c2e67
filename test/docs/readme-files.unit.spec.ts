import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type NamedPath, namedPaths } from '../support/markdown.js';

const root = join(import.meta.dirname, '../..');

// Made by running, not kept in the repository: `npm start`, `npm run bench` and the browser tests
// create them.
const CREATED_AT_RUN_TIME = ['.local/', 'bench/results/', 'test-results/'];

const isCreatedAtRunTime = (name: string) =>
  CREATED_AT_RUN_TIME.some((folder) => `${normalize(name)}/`.startsWith(folder));

/** Where a name may be found: a link beside its document, any other name in the repository. */
function candidates(document: string, { name, kind, folderOfLine }: NamedPath): string[] {
  if (kind === 'link') return [join(root, dirname(document), name)];
  return [root, join(root, dirname(document)), ...(folderOfLine ? [join(root, folderOfLine)] : [])].map(
    (base) => join(base, name),
  );
}

/** The names a document gives that lead nowhere, as `document:line: name`. */
function missingNames(document: string, markdown = readFileSync(join(root, document), 'utf8')): string[] {
  return namedPaths(markdown)
    .filter((named) => !isCreatedAtRunTime(named.name))
    .filter((named) => !candidates(document, named).some((path) => existsSync(path)))
    .map(({ line, name }) => `${document}:${line}: ${name}`);
}

describe('Every file or folder the README names is in the repository', () => {
  it('so that a newcomer following the README finds each one', () => {
    expect(missingNames('README.md')).toEqual([]);
  });

  it('reads names from links, backticks, code blocks and mentions of documents', () => {
    const names = namedPaths(readFileSync(join(root, 'README.md'), 'utf8')).map((n) => n.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'docs/http-api.md',
        'infra/local/api-gateway.ts',
        'functions/handlers/api/',
        'test/fixtures/scenarios/01-dollar-per-sku.json',
        'docs/examples/campaign.json',
        'LICENSE',
      ]),
    );
  });

  it('finds a name relative to the folder its table row names (`domain/` ... `partners/`)', () => {
    const row = '| `domain/` | one slice per concept (`partners/`, `payouts/`) |';
    expect(missingNames('README.md', row)).toEqual([]);
  });

  it.each([
    ['in backticks', 'See `infra/local/no-such-gateway.ts`.', 'infra/local/no-such-gateway.ts'],
    ['as a link', 'See [the guide](docs/no-such-guide.md).', 'docs/no-such-guide.md'],
    ['in plain text', 'The routes are in api.md.', 'api.md'],
    ['in a command', '```sh\ncurl -d @docs/examples/no-such.json\n```', 'docs/examples/no-such.json'],
    ['as a folder of a table row', '| `domain/` | (`no-such-slice/`) |', 'no-such-slice/'],
  ])('reports a file named %s that does not exist', (_, markdown, name) => {
    expect(missingNames('README.md', markdown)).toEqual([expect.stringContaining(name)]);
  });

  it('skips what the running system creates, and what is not a repository path', () => {
    const markdown = [
      'Keys are in `.local/keys.json`; results in `bench/results/latest.json`.',
      '`POST /partners/signup`, `@aws-sdk/client-ses`, `/usr/bin/chromium`, `partner-<mpnId>`,',
      '`*.unit.spec.ts`, `application/json`, https://example.com/guide.md',
    ].join('\n');
    expect(missingNames('README.md', markdown)).toEqual([]);
  });
});

describe('Every file or folder the documents in docs/ name is in the repository', () => {
  it.each(['docs/http-api.md', 'docs/incentive-rules.md'])('%s', (document) => {
    expect(missingNames(document)).toEqual([]);
  });
});
