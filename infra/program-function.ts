import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

export type ProgramFunctionProps = {
  /** The handler module, relative to functions/handlers (without extension): `api/health`. */
  handler: string;
  description: string;
  environment?: Record<string, string>;
  /** Default 512 MB: scrypt hashing of access codes and statement replays want the CPU it brings. */
  memorySize?: number;
  /** Default 10 s. */
  timeout?: Duration;
  /** Whether the AWS SDK is bundled (measured by `npm run bench`) or taken from the runtime. */
  bundleAwsSdk: boolean;
  logRetention: RetentionDays;
};

const handlersFolder = fileURLToPath(new URL('../functions/handlers/', import.meta.url));

/**
 * How every function is bundled, shared with the cold-start benchmark so that it measures these
 * bundles. Bundled CommonJS dependencies (the AWS SDK among them) call require(), which ESM lacks.
 */
export const functionBundling = {
  format: 'esm',
  minify: true,
  sourceMap: true,
  // The map names the sources without copying them: a third of the size, a faster start.
  sourcesContent: false,
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
  mainFields: ['module', 'main'],
} as const;

/**
 * Every Lambda of the program, with the same defaults: the newest Node.js runtime on arm64,
 * X-Ray tracing, a log group that expires, and a minified ESM bundle of only what the handler
 * imports, built by the locally installed esbuild (no Docker).
 */
export class ProgramFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: ProgramFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // A role of its own, allowed to write to its own log group only (not the managed policy's logs on `*`).
    const role = new Role(scope, `${id}Role`, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);
    super(scope, id, {
      role,
      entry: `${handlersFolder}${props.handler}.ts`,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      loggingFormat: LoggingFormat.JSON,
      logGroup,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
      bundling: {
        ...functionBundling,
        format: OutputFormat.ESM,
        mainFields: [...functionBundling.mainFields],
        target: 'node24',
        bundleAwsSDK: props.bundleAwsSdk,
      },
    });
    Validations.of(role).acknowledge({
      id: 'AwsSolutions::AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions.',
    });
    Validations.of(this).acknowledge({
      id: 'Serverless::Serverless-LambdaDLQ',
      reason:
        'Invoked synchronously only (API Gateway, Step Functions) or by an event source mapping with its own on-failure destination; a DLQ applies to asynchronous invocations.',
    });
  }
}
