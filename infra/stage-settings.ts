import type { App } from 'aws-cdk-lib';
import type { StageSettings } from './cashback-stack.js';

/**
 * The stage's settings from CDK context, so that a deployment is configured without code edits:
 * `npx cdk deploy -c stage=prod -c alarmEmail=oncall@example.com -c allowedOrigins=https://portal.example.com`.
 */
export function stageSettings(app: App): StageSettings {
  const context = (key: string) => app.node.tryGetContext(key) as string | undefined;
  const origins = context('allowedOrigins');
  const bundle = context('bundleAwsSdk');
  return {
    stage: context('stage') ?? 'dev',
    ...(context('alarmEmail') ? { alarmEmail: context('alarmEmail') as string } : {}),
    ...(origins
      ? {
          allowedOrigins: origins
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean),
        }
      : {}),
    ...(bundle !== undefined ? { bundleAwsSdk: String(bundle) !== 'false' } : {}),
  };
}
