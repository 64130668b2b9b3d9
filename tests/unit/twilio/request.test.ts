import { describe, expect, it } from 'vitest';
import { BadRequestError } from '../../../functions/twilio/errors.js';
import { parseForm, verifyTwilioRequest } from '../../../functions/twilio/request.js';
import { sms, TEST_BASE, TEST_TOKEN, twilioEvent } from '../../helpers/events.js';

function rejection(fn: () => unknown): BadRequestError {
  try {
    fn();
  } catch (error) {
    if (error instanceof BadRequestError) return error;
    throw error;
  }
  throw new Error('expected a BadRequestError');
}

describe('parseForm', () => {
  it('decodes + as space and percent escapes, keeps blank values and repeated names', () => {
    expect(parseForm('Body=back+pain%21&ToCity=&MediaUrl=a&MediaUrl=b&New=%C3%B1')).toEqual({
      Body: 'back pain!',
      ToCity: '',
      MediaUrl: ['a', 'b'],
      New: 'ñ',
    });
  });
});

describe('verifyTwilioRequest', () => {
  const params = sms('+15551234567', 'hola  ');

  it('accepts a base64 body (API Gateway) and keeps every parameter, blank ones too', () => {
    const { params: got } = verifyTwilioRequest(twilioEvent(params), TEST_TOKEN, TEST_BASE);
    expect(got).toEqual(params);
    expect(got.ToCity).toBe('');
    expect(got.Body).toBe('hola  ');
  });

  it('accepts a plain body', () => {
    expect(verifyTwilioRequest(twilioEvent(params, { base64: false }), TEST_TOKEN, TEST_BASE).params).toEqual(params);
  });

  it('accepts a URL with a query string signed as configured', () => {
    const event = twilioEvent(params, { query: 'lang=es&x=1' });
    expect(verifyTwilioRequest(event, TEST_TOKEN, TEST_BASE).params.From).toBe('+15551234567');
  });

  it('rejects a missing signature, a wrong token, a tampered body and the wrong public URL with 403', () => {
    expect(rejection(() => verifyTwilioRequest(twilioEvent(params, { signature: null }), TEST_TOKEN, TEST_BASE)).status).toBe(403);
    expect(rejection(() => verifyTwilioRequest(twilioEvent(params, { token: 'other' }), TEST_TOKEN, TEST_BASE)).status).toBe(403);
    const tampered = twilioEvent(params, { rawBody: new URLSearchParams({ ...params, Body: 'menu' }).toString() });
    expect(rejection(() => verifyTwilioRequest(tampered, TEST_TOKEN, TEST_BASE)).status).toBe(403);
    expect(rejection(() => verifyTwilioRequest(twilioEvent(params, { base: 'http://hooks.example.org' }), TEST_TOKEN, TEST_BASE)).status).toBe(403);
    const query = twilioEvent(params, { query: 'a=1' });
    expect(rejection(() => verifyTwilioRequest({ ...query, rawQueryString: 'a=2' }, TEST_TOKEN, TEST_BASE)).status).toBe(403);
  });

  it('rejects other methods and content types with 400 and a reason', () => {
    const get = rejection(() => verifyTwilioRequest(twilioEvent(params, { method: 'GET' }), TEST_TOKEN, TEST_BASE));
    expect([get.status, get.message]).toEqual([400, 'only POST is accepted']);
    const json = rejection(() => verifyTwilioRequest(twilioEvent(params, { contentType: 'application/json' }), TEST_TOKEN, TEST_BASE));
    expect(json.status).toBe(400);
    expect(json.message).toMatch(/x-www-form-urlencoded/);
  });

  it('rejects a body over 64 KB with 413 and a non-event with 400', () => {
    const huge = twilioEvent(params, { rawBody: `Body=${'a'.repeat(70_000)}` });
    expect(rejection(() => verifyTwilioRequest(huge, TEST_TOKEN, TEST_BASE)).status).toBe(413);
    expect(rejection(() => verifyTwilioRequest({} as never, TEST_TOKEN, TEST_BASE)).status).toBe(400);
  });
});
