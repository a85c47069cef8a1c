import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../platform/errors.js';

// OWASP's argon2id minimum (19 MiB, 2 iterations, 1 lane).
const options = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 10;

export function checkPasswordStrength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError('auth.password_too_weak', `The password must have at least ${MIN_PASSWORD_LENGTH} characters`, {
      field: 'password',
      min: MIN_PASSWORD_LENGTH,
    });
  }
}

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the email is unknown, so both cases take the same time. */
let dummy: Promise<string> | undefined;
export const dummyHash = () => (dummy ??= hashPassword('not-a-real-password-' + Math.random()));
