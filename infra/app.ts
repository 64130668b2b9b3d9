import { App } from 'aws-cdk-lib';
import { createBackline } from './backline.js';

/** CDK entry (`cdk.json` runs it with tsx): one stage per synth, chosen with `-c stage=prod` or BACKLINE_STAGE. */
createBackline(new App());
