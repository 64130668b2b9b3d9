import { lambdaHandler } from '../app/lambda.js';
import { safeReplies } from '../app/safeReply.js';
import { handleSmsWebhook } from '../app/smsWebhook.js';
import { renderSms } from '../twilio/renderSms.js';

/** Lambda entry for POST /twilio/sms (API Gateway HTTP API payload v2). */
export const handler = lambdaHandler('sms', handleSmsWebhook, () => renderSms(safeReplies(undefined)));
