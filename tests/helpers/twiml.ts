export { messagesOf } from '../../dev/twiml.js';
