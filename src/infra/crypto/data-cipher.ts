import {
  createFieldCipher,
  type DataKeys,
  derivedDataKeys,
  type FieldCipher,
} from './field-cipher.js';

/**
 * The process's cipher for personal columns. Installed once at start (the
 * service, or a CLI) before any store reads or writes; every store in the
 * process uses it, so no caller has to thread keys through constructors.
 */
let installed: FieldCipher | undefined;

export function installDataCipher(keys: DataKeys): FieldCipher {
  installed = createFieldCipher(keys);
  return installed;
}

/** The configured keys, or (outside production, where config refuses their absence) keys derived from the token secret. */
export function resolveDataKeys(
  configured: DataKeys | undefined,
  tokenSecret: () => string,
): DataKeys {
  return configured ?? derivedDataKeys(tokenSecret());
}

export function dataCipher(): FieldCipher {
  if (!installed)
    throw new Error(
      'the data keys are not loaded (installDataCipher runs at start, before any store)',
    );
  return installed;
}
