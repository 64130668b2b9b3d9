export { classify, TIER_ORDER, type Tier, type TriageResult } from './classify.js';
export { replyFor, askQuestion, askAnswerTier, checkQuestions } from './replies.js';
export { parseYesNo } from './yesno.js';
export { loadTriageRules, parseTriageRules } from './load.js';
export { TriageRulesSchema, type TriageRules } from './schema.js';
export { TriageRulesError, UnknownTriageRuleError } from './errors.js';
export { normalize } from './normalize.js';
