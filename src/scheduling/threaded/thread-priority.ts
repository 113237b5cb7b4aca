import { readlinkSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

/**
 * Lowers the calling thread's CPU priority to the lowest (nice 19), so a
 * background search takes only the CPU that bookings leave idle: on a
 * two-core machine a minute's search on a full core otherwise delayed every
 * booking answered meanwhile. Linux schedules each thread on its own, and
 * `setpriority` given a thread's id changes that thread alone
 * (`/proc/thread-self` names it). Elsewhere it does nothing and says so.
 */
export function lowerThisThreadsPriority(): boolean {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, constants.priority.PRIORITY_LOW);
    return true;
  } catch {
    return false;
  }
}
