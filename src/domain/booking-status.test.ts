import { describe, expect, it } from 'vitest';
import { canCancel, statusAfterDriverAction, TRANSITIONS } from './booking-status.js';

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
  it('asks for the arrival before a pickup or a no-show', () => {
    expect(statusAfterDriverAction('scheduled', 'picked-up')).toBeUndefined();
    expect(statusAfterDriverAction('scheduled', 'no-show')).toBeUndefined();
    expect(statusAfterDriverAction('arrived', 'no-show')).toBe('no-show');
  });
  it('lets operators cancel only rides that have not started', () => {
    expect(canCancel('scheduled')).toBe(true);
    expect(canCancel('on-board')).toBe(false);
    expect(canCancel('completed')).toBe(false);
  });
});

describe('operator and planner transitions', () => {
  it('never lets the planner schedule a booking that is no longer pending', () => {
    expect(TRANSITIONS.schedule.from).toEqual(['pending']);
    expect(TRANSITIONS.refuse.from).toEqual(['pending']);
  });
  it('lets operators cancel an open return, but not a ride on board', () => {
    expect(canCancel('will-call')).toBe(true);
    expect(canCancel('arrived')).toBe(false);
  });
});
