import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { CashbackStack } from './cashback-stack.js';
import { stageSettings } from './stage-settings.js';

const app = new App();
new CashbackStack(app, 'PartnerCashback', stageSettings(app));
Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
