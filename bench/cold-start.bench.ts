import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build, type Metafile } from 'esbuild';
import { routeModules } from '../functions/http/route-table.js';
import { journeySteps } from '../functions/workflow/journey-step-table.js';
import { functionBundling } from '../infra/program-function.js';
import { type BenchContext, sized } from './context.js';
import { median, round } from './measure.js';

type Output = Metafile['outputs'][string];

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const execFileAsync = promisify(execFile);

// The targets of the issue: every bundle under 1 MB, every import under 100 ms.
const MAX_BYTES = 1_000_000;
const MAX_IMPORT_MS = 100;

// The cloud builds for node24 (its runtime); this machine runs Node 20, which must parse the bundles.
const TARGET = 'node20';

/** Every handler module the cloud stack deploys, relative to functions/handlers, as ProgramFunction names them. */
const deployedHandlers = [
  ...routeModules.map((m) => `api/${m.route.name}`),
  'partner-authorizer',
  'projector',
  ...Object.values(journeySteps).map((step) => `journey/${step.file}`),
];

/**
 * Where a function's AWS SDK comes from (the stack's `bundleAwsSdk`): its own bundle, or the
 * Lambda runtime, whose copy the bundle leaves out (here it resolves from this project's
 * node_modules, as it would from the runtime's).
 */
type SdkFrom = 'bundle' | 'runtime';
const sdkLeftOut: Record<SdkFrom, string[]> = { bundle: [], runtime: ['@aws-sdk/*'] };

/**
 * What Lambda gives a function before its code runs, as far as module scope needs it: the
 * projector names its table at load; the other handlers build their adapters on first use. No
 * credentials, and nothing at module scope reaches the network.
 */
const lambdaEnvironment = {
  AWS_REGION: 'us-east-1',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  NODE_OPTIONS: '--enable-source-maps',
  READ_MODELS_TABLE: 'bench-read-models',
};

/**
 * The bundles NodejsFunction makes with the options of infra/program-function.ts
 * (`functionBundling`), one per handler. esbuild builds them all in one go: without code
 * splitting each entry point still gets a whole bundle of its own, byte for byte the bundle built
 * alone, and the modules they share are parsed once instead of once per bundle.
 */
async function bundles(handlers: readonly string[], folder: string, external: string[]) {
  const { metafile } = await build({
    absWorkingDir: projectRoot,
    entryPoints: Object.fromEntries(handlers.map((h) => [h, join('functions/handlers', `${h}.ts`)])),
    outdir: folder,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: TARGET,
    minify: functionBundling.minify,
    sourcemap: functionBundling.sourceMap,
    sourcesContent: functionBundling.sourcesContent,
    banner: { js: functionBundling.banner },
    mainFields: [...functionBundling.mainFields],
    external,
    metafile: true,
    logLevel: 'warning',
  });
  return handlers.map((handler) => {
    const file = join(folder, `${handler}.mjs`);
    const output = metafile.outputs[relative(projectRoot, file)];
    if (!output?.entryPoint) throw new Error(`esbuild wrote no bundle for ${handler}`);
    return { file, output };
  });
}

/**
 * The package a bundled file belongs to. The SDK's clients are named apart (they are what a
 * handler chooses); the many small packages of one library are counted together (`@smithy/*`).
 */
function dependencyOf(path: string): string {
  const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (!name) return 'project code';
  if (name.startsWith('@aws-sdk/client-') || !name.startsWith('@')) return name;
  return `${name.split('/')[0]}/*`;
}

function largestDependency(output: Output): string {
  const bytes = new Map<string, number>();
  for (const [path, input] of Object.entries(output.inputs)) {
    const dependency = dependencyOf(path);
    bytes.set(dependency, (bytes.get(dependency) ?? 0) + input.bytesInOutput);
  }
  const [name, size] = [...bytes].reduce((largest, entry) => (entry[1] > largest[1] ? entry : largest));
  return `${name} (${Math.round(size / 1000)} kB)`;
}

/** The SDK clients a bundle holds or, with the SDK left out, imports. */
const awsSdkClientsOf = (output: Output) =>
  [
    ...new Set(
      [...Object.keys(output.inputs), ...output.imports.map((i) => i.path)].flatMap(
        (path) => /@aws-sdk\/client-([\w-]+)/.exec(path)?.[1] ?? [],
      ),
    ),
  ].sort();

/** The time `import()` of the bundle takes in a Node process of its own: the module half of a cold start. */
async function importMs(file: string): Promise<number> {
  const loader = `const started = performance.now();
await import(${JSON.stringify(pathToFileURL(file).href)});
console.log(performance.now() - started);`;
  const { stdout } = await execFileAsync(process.execPath, ['--input-type=module', '-e', loader], {
    env: lambdaEnvironment,
    timeout: 60_000,
  });
  return Number(stdout.trim().split('\n').at(-1));
}

type Bundle = { file: string; output: Output; importMs: number[] };
type Measured = { bytes: number; importMs: number; largestDependency: string };
type Result = { name: string; measured: Measured; output: Output };

const measured = ({ output, importMs }: Bundle): Measured => ({
  bytes: output.bytes,
  importMs: round(median(importMs)),
  largestDependency: largestDependency(output),
});

/** One way of shipping the SDK against the targets, over every handler. */
function verdict(results: Result[]) {
  const measures = results.map((r) => r.measured);
  const over = (exceeds: (m: Measured) => boolean) =>
    results.filter((r) => exceeds(r.measured)).map((r) => r.name);
  const overOneMb = over((m) => m.bytes >= MAX_BYTES);
  const over100Ms = over((m) => m.importMs >= MAX_IMPORT_MS);
  return {
    maxBytes: Math.max(...measures.map((m) => m.bytes)),
    maxImportMs: Math.max(...measures.map((m) => m.importMs)),
    medianImportMs: round(median(measures.map((m) => m.importMs))),
    overOneMb,
    over100Ms,
    targetsMet: overOneMb.length === 0 && over100Ms.length === 0,
  };
}

/** The keys of the SDK-left-out variant, beside those of the bundled one. */
const externalSdk = (values: object) =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [`${key}ExternalSdk`, value]));

/** Which way of shipping the SDK imports faster for most functions: what the stack deploys. */
function comparison(bundled: Result[], external: Result[]) {
  const faster = bundled.filter(
    (b, i) => b.measured.importMs < (external[i] as Result).measured.importMs,
  ).length;
  return {
    bundledFasterIn: `${faster} of ${bundled.length}`,
    deploy:
      faster * 2 >= bundled.length
        ? 'bundleAwsSdk: true (the SDK inside each bundle)'
        : "bundleAwsSdk: false (the runtime's SDK)",
  };
}

/**
 * The module half of each Lambda's cold start: every deployed handler bundled as the cloud
 * bundles it, with the SDK inside and (at full size) with it left to the runtime; its size, the
 * median time a fresh Node process takes to import it, and the dependency that weighs most in it.
 * Imports alternate between handlers and variants so that a slower moment of the machine hits all
 * alike.
 */
export async function coldStartBench(ctx: BenchContext) {
  // Two handlers show that a tiny run works; the others bundle and import every one.
  const handlers = ctx.size === 'tiny' ? deployedHandlers.slice(0, 2) : deployedHandlers;
  // Each import is a Node process of its own, a sixth of a second: quick takes one look at each
  // bundle as deployed, and leaves the comparison with the runtime's SDK to full runs.
  const runs = sized(ctx, { tiny: 1, quick: 1, full: 9 });
  const variants: SdkFrom[] = ctx.size === 'full' ? ['bundle', 'runtime'] : ['bundle'];
  const folder = mkdtempSync(join(tmpdir(), 'bench-cold-start-'));
  try {
    // Where the runtime's SDK is found from the bundles: a node_modules beside them.
    symlinkSync(join(projectRoot, 'node_modules'), join(folder, 'node_modules'), 'dir');
    const built = await Promise.all(
      variants.map(async (from) =>
        (await bundles(handlers, join(folder, `sdk-from-${from}`), sdkLeftOut[from])).map(
          (bundle): Bundle => ({ ...bundle, importMs: [] }),
        ),
      ),
    );
    for (let i = 0; i < runs; i++) {
      for (let h = 0; h < handlers.length; h++) {
        for (const variant of built) {
          const bundle = variant[h] as Bundle;
          bundle.importMs.push(await importMs(bundle.file));
        }
      }
    }

    const [bundled = [], external] = built.map((variant) =>
      variant.map(
        (bundle, h): Result => ({
          name: handlers[h] as string,
          measured: measured(bundle),
          output: bundle.output,
        }),
      ),
    );
    return {
      bundles: bundled.map(({ name, measured, output }, h) => ({
        name,
        ...measured,
        ...(external ? externalSdk((external[h] as Result).measured) : {}),
        awsSdkClients: awsSdkClientsOf(output),
      })),
      ...verdict(bundled),
      ...(external ? { ...externalSdk(verdict(external)), ...comparison(bundled, external) } : {}),
      esbuildTarget: TARGET,
      importRuns: runs,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
