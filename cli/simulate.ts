import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runScenario } from './run-scenario.js';
import { parseScenario, ScenarioError } from './scenario.js';

/**
 * npm run --silent simulate -- scenario.json
 * Prints the statements of the scenario as JSON on stdout; errors go to stderr with exit code 1.
 */
async function main(args: string[]): Promise<number> {
  const [file] = args;
  if (!file || args.length > 1) {
    process.stderr.write('Usage: npm run --silent simulate -- <scenario.json>\n');
    return 1;
  }
  // npm runs scripts from the project folder; a relative path means the folder the user was in.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    process.stderr.write(`Cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const report = await runScenario(parseScenario(json));
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    process.stderr.write(`${file}: ${error.message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
