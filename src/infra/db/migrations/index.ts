import type { Migration } from '../migrate.js';
import { initialSchema } from './0001-initial.js';

/** Every migration, in order. Append; never edit one that has shipped. */
export const migrations: readonly Migration[] = [initialSchema];
