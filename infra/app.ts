import { App } from 'aws-cdk-lib';
import { CashbackStack } from './cashback-stack.js';

const app = new App();
new CashbackStack(app, 'PartnerCashback', { stage: app.node.tryGetContext('stage') ?? 'dev' });
