import { createSfnClient, StepFunctionsWorkflow } from '../adapters/step-functions-workflow.js';
import { requiredEnv } from '../config.js';
import { stepTokens } from './dynamodb.js';
import { lazy } from './lazy.js';

/** The partner journeys on Step Functions, their waiting steps' tokens in DynamoDB. */
export const workflow = lazy(
  () => new StepFunctionsWorkflow(createSfnClient(), requiredEnv('STATE_MACHINE_ARN'), stepTokens()),
);

/** For a route that starts journeys or settles their waiting steps. */
export const workflowProvider = () => ({ workflow: workflow() });
