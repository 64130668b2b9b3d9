import { lambdaHandler } from '../app/lambda-handler.js';
import { handleVoiceWebhook, voiceFallback } from '../app/voice-webhook.js';

/** Lambda entry for POST /twilio/voice and POST /twilio/voice/input (API Gateway HTTP API payload v2). */
export const handler = lambdaHandler('voice', handleVoiceWebhook, voiceFallback);
