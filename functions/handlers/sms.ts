import { lambdaHandler } from '../app/lambda-handler.js';
import { safeReplies } from '../app/safe-reply.js';
import { handleSmsWebhook } from '../app/sms-webhook.js';
import { renderSms } from '../twilio/render-sms.js';

/** Lambda entry for POST /twilio/sms (API Gateway HTTP API payload v2). */
export const handler = lambdaHandler('sms', handleSmsWebhook, () => renderSms(safeReplies(undefined)));
