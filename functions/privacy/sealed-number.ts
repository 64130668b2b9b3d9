import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** Derives the callback-encryption key from the phone-hash secret, so one secret serves both and neither use reveals the other. */
function key(secret: string): Buffer {
  return createHmac('sha256', secret).update('backline/callback/v1').digest();
}

/** Encrypts a caller's number (AES-256-GCM) for the short-lived alert item staff are paged from. */
export function sealCallback(secret: string, phone: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(secret), iv);
  const sealed = Buffer.concat([cipher.update(phone, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((b) => b.toString('base64url')).join('.');
}

/** Decrypts a sealed callback number; throws when it was tampered with or sealed under another secret. */
export function openCallback(secret: string, sealed: string): string {
  const [iv, tag, data] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !data) throw new Error('malformed sealed callback');
  const decipher = createDecipheriv('aes-256-gcm', key(secret), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}
