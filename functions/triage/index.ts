export { classify, TIER_ORDER, type Tier, type TriageResult } from './classify.js';
export { replyFor, askQuestion, askAnswerTier, checkQuestions } from './replies.js';
export { parseYesNo } from './yes-no.js';
export { loadTriageRules, parseTriageRules } from '../../tools/content/triage-yaml.js';
export { TriageRulesSchema, type TriageRules } from './schema.js';
export { TriageRulesError, UnknownTriageRuleError } from './errors.js';
export { normalize } from './tokens.js';
