import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';

/** argon2id with the OWASP-recommended minimum (19 MiB, 2 passes). */
const ARGON2 = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password.normalize('NFC'), ARGON2);
}

// Verifying against a throwaway hash when the account does not exist keeps the response time the same,
// so timing does not reveal which e-mails have accounts.
let decoy: Promise<string> | undefined;

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    decoy ??= hashPassword(randomToken(16));
    await argon2.verify(await decoy, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password.normalize('NFC')).catch(() => false);
}

/** A random URL-safe secret of `bytes` bytes of entropy. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** SHA-256 of a high-entropy secret (session tokens, API keys, invitation tokens). */
export function sha256(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
