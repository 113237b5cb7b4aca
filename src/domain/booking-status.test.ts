import { describe, expect, it } from 'vitest';
import { canCancel, statusAfterDriverAction } from './booking-status.js';

describe('booking status transitions', () => {
  it('follows a ride from scheduled to completed', () => {
    expect(statusAfterDriverAction('scheduled', 'arrived')).toBe('arrived');
    expect(statusAfterDriverAction('arrived', 'picked-up')).toBe('on-board');
    expect(statusAfterDriverAction('on-board', 'dropped-off')).toBe('completed');
  });
  it('refuses steps out of order and changes to ended rides', () => {
    expect(statusAfterDriverAction('scheduled', 'dropped-off')).toBeUndefined();
    expect(statusAfterDriverAction('completed', 'arrived')).toBeUndefined();
    expect(statusAfterDriverAction('on-board', 'no-show')).toBeUndefined();
    expect(statusAfterDriverAction('cancelled', 'picked-up')).toBeUndefined();
  });
  it('lets operators cancel only rides that have not started', () => {
    expect(canCancel('scheduled')).toBe(true);
    expect(canCancel('on-board')).toBe(false);
    expect(canCancel('completed')).toBe(false);
  });
});
