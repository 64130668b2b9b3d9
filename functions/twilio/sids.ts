/** Twilio's identifier formats: two letters and 32 lowercase hex digits. A re-split forged parameter list does not fit them. */
export const MESSAGE_SID = /^(SM|MM)[0-9a-f]{32}$/;
/** A call's identifier. */
export const CALL_SID = /^CA[0-9a-f]{32}$/;
/** A Twilio account's identifier. */
export const ACCOUNT_SID = /^AC[0-9a-f]{32}$/;
/** A Messaging Service's identifier (a sender for outbound SMS). */
export const MESSAGING_SERVICE_SID = /^MG[0-9a-f]{32}$/;
