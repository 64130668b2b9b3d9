/** The HTTP paths Twilio calls: infra routes them, the local server serves them, the simulator and chat post to them. */
export const ROUTES = {
  sms: '/twilio/sms',
  voice: '/twilio/voice',
  /** Every Gather action of a call posts here (query parameters carry the step). */
  voiceInput: '/twilio/voice/input',
  smsFallback: '/twilio/fallback/sms',
  voiceFallback: '/twilio/fallback/voice',
} as const;
