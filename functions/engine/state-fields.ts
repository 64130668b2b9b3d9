import type { ConversationState } from './types.js';

/** A copy of the state without one of its optional fields (the topic being read, or a pending question). */
export function clear(state: ConversationState, field: 'topic' | 'pending'): ConversationState {
  const { [field]: _dropped, ...rest } = state;
  return rest;
}
