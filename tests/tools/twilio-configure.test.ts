import { describe, expect, it } from 'vitest';
import { planChanges, updateParams, webhooksFromOutputs } from '../../tools/twilio-configure.js';

const BASE = 'https://abc123.execute-api.us-east-1.amazonaws.com';
const outputs = {
  'Backline-dev-State': { TableName: 't' },
  'Backline-dev-Service': {
    ApiUrl: BASE, SmsWebhookUrl: `${BASE}/twilio/sms`, SmsFallbackUrl: `${BASE}/twilio/sms`,
    VoiceWebhookUrl: `${BASE}/twilio/voice`, VoiceFallbackUrl: `${BASE}/twilio/fallback/voice`,
  },
};

describe('twilio:configure', () => {
  it('maps stack outputs to the number\'s webhook fields', () => {
    expect(webhooksFromOutputs(outputs, 'Backline-dev-Service')).toEqual({
      smsUrl: `${BASE}/twilio/sms`, smsFallbackUrl: `${BASE}/twilio/sms`,
      voiceUrl: `${BASE}/twilio/voice`, voiceFallbackUrl: `${BASE}/twilio/fallback/voice`,
    });
  });

  it('refuses a missing stack, a missing SMS URL and non-https URLs', () => {
    expect(() => webhooksFromOutputs(outputs, 'Backline-prod-Service')).toThrow(/no outputs for stack/);
    expect(() => webhooksFromOutputs({ S: { VoiceWebhookUrl: `${BASE}/twilio/voice` } }, 'S')).toThrow(/SmsWebhookUrl/);
    expect(() => webhooksFromOutputs({ S: { SmsWebhookUrl: 'http://example.org/twilio/sms' } }, 'S')).toThrow();
  });

  it('plans only the fields whose URL or method differ, leaving fields without outputs alone', () => {
    const current = {
      smsUrl: `${BASE}/twilio/sms`, smsMethod: 'POST', smsFallbackUrl: 'https://demo.twilio.com/welcome/sms/reply', smsFallbackMethod: 'POST',
      voiceUrl: `${BASE}/twilio/voice`, voiceMethod: 'GET', voiceFallbackUrl: null, voiceFallbackMethod: 'POST',
    };
    const changes = planChanges(current, { smsUrl: `${BASE}/twilio/sms`, smsFallbackUrl: `${BASE}/twilio/sms`, voiceUrl: `${BASE}/twilio/voice` });
    expect(changes).toEqual([
      { field: 'smsFallbackUrl', from: 'https://demo.twilio.com/welcome/sms/reply', to: `${BASE}/twilio/sms`, method: 'POST' },
      { field: 'voiceUrl', from: `${BASE}/twilio/voice`, to: `${BASE}/twilio/voice`, method: 'GET' },
    ]);
    expect(updateParams(changes)).toEqual({
      smsFallbackUrl: `${BASE}/twilio/sms`, smsFallbackMethod: 'POST', voiceUrl: `${BASE}/twilio/voice`, voiceMethod: 'POST',
    });
    expect(planChanges({ ...current, smsFallbackUrl: `${BASE}/twilio/sms`, voiceMethod: 'POST' }, { smsUrl: `${BASE}/twilio/sms`, smsFallbackUrl: `${BASE}/twilio/sms` })).toEqual([]);
  });
});
