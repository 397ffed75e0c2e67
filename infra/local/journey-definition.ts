import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CashbackStack } from '../cashback-stack.js';

/** An Amazon States Language definition, as plain JSON. */
export type AslDefinition = { StartAt: string; States: Record<string, AslState>; [key: string]: unknown };
export type AslState = { Type: string; [key: string]: unknown };

type Intrinsic = { 'Fn::Join'?: [string, unknown[]]; 'Fn::GetAtt'?: [string, string]; Ref?: string };

/** CloudFormation's references inside the definition, made plain: a function's ARN names its logical id. */
function resolve(value: unknown): string {
  if (typeof value === 'string') return value;
  const intrinsic = value as Intrinsic;
  if (intrinsic['Fn::Join']) {
    const [separator, parts] = intrinsic['Fn::Join'];
    return parts.map(resolve).join(separator);
  }
  if (intrinsic['Fn::GetAtt'])
    return `arn:aws:lambda:local:000000000000:function:${intrinsic['Fn::GetAtt'][0]}`;
  if (intrinsic.Ref === 'AWS::Region') return 'local';
  if (intrinsic.Ref === 'AWS::AccountId') return '000000000000';
  if (intrinsic.Ref === 'AWS::Partition') return 'aws';
  if (intrinsic.Ref) return intrinsic.Ref;
  throw new Error(`Cannot resolve ${JSON.stringify(value)} in the state machine definition`);
}

/**
 * The partner journey's definition exactly as `cdk synth` writes it into the template, read from
 * the stack in-process (without bundling the functions) and made plain JSON.
 */
export function synthesizedJourneyDefinition(): AslDefinition {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new CashbackStack(app, 'PartnerCashback', { stage: 'dev' });
  const machines = Template.fromStack(stack).findResources('AWS::StepFunctions::StateMachine');
  const [machine] = Object.values(machines);
  if (!machine || Object.keys(machines).length !== 1)
    throw new Error('The stack must hold exactly one state machine');
  return resolveDefinition(machine.Properties.DefinitionString);
}

/** A template's DefinitionString, with its references made plain. */
export const resolveDefinition = (definitionString: unknown): AslDefinition =>
  JSON.parse(resolve(definitionString)) as AslDefinition;
