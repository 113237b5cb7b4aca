import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id with the OWASP baseline (19 MiB, 2 passes): memory-hard, so a
 * stolen table of hashes is slow to attack even on GPUs.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the user does not exist keeps login time the
// same for unknown and known usernames.
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$hMTx6dzhCJuhuj32BvPtWA$dUvpqawIC4Kdxs+kX19yjsF4FCkX/dcancetJTUeW8Q';
