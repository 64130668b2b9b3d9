export { messagesOf } from '../../functions/local/twiml.js';
