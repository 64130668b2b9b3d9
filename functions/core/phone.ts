/** An E.164 phone number (8 to 15 digits): what Twilio sends for a real caller (not `anonymous`, `client:...` or a short code). */
export const E164 = /^\+[1-9]\d{7,14}$/;

/** True when `address` is a phone number Backline can text or staff can call back. */
export function isPhoneNumber(address: string | undefined): address is string {
  return address !== undefined && E164.test(address);
}
