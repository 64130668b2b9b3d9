import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks.js';
import { describe, expect, it } from 'vitest';
import { isValidSignature } from '../../../functions/twilio/signature.js';

// Twilio's documented example (docs: "Webhooks security").
const TOKEN = '12345';
const URL = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const PARAMS = { CallSid: 'CA1234567890ABCDE', Caller: '+12349013030', Digits: '1234', From: '+12349013030', To: '+18005551212' };
const DOCUMENTED = '0/KCTR6DLpKmkAf8muzZqo1nDgQ=';

describe('isValidSignature', () => {
  it("accepts Twilio's documented vector (URL with a query string)", () => {
    expect(isValidSignature(TOKEN, DOCUMENTED, URL, PARAMS)).toBe(true);
  });

  it('rejects a tampered parameter', () => {
    expect(isValidSignature(TOKEN, DOCUMENTED, URL, { ...PARAMS, Digits: '1235' })).toBe(false);
  });

  it('rejects an added parameter', () => {
    expect(isValidSignature(TOKEN, DOCUMENTED, URL, { ...PARAMS, Body: '' })).toBe(false);
  });

  it('rejects the right signature for a different URL', () => {
    expect(isValidSignature(TOKEN, DOCUMENTED, 'https://mycompany.com/myapp.php?foo=1&bar=3', PARAMS)).toBe(false);
    expect(isValidSignature(TOKEN, DOCUMENTED, 'http://mycompany.com/myapp.php?foo=1&bar=2', PARAMS)).toBe(false);
  });

  it('rejects a missing or empty signature and a wrong token', () => {
    expect(isValidSignature(TOKEN, '', URL, PARAMS)).toBe(false);
    expect(isValidSignature('54321', DOCUMENTED, URL, PARAMS)).toBe(false);
  });

  it('accepts a signature Twilio computed over blank values and unknown parameters', () => {
    const params = { ...PARAMS, ToCity: '', SomethingNew: 'x y' };
    const signature = getExpectedTwilioSignature(TOKEN, URL, params);
    expect(isValidSignature(TOKEN, signature, URL, params)).toBe(true);
    const { ToCity: _dropped, ...withoutBlank } = params;
    expect(isValidSignature(TOKEN, signature, URL, withoutBlank)).toBe(false);
  });

  it('accepts the URL with or without the default :443 port', () => {
    const signature = getExpectedTwilioSignature(TOKEN, 'https://mycompany.com:443/myapp.php?foo=1&bar=2', PARAMS);
    expect(isValidSignature(TOKEN, signature, URL, PARAMS)).toBe(true);
  });
});
