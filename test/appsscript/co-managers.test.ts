// Co-managers: each sees only their own triggers, so Bellringer remembers who turned auto-recalculate on.
import { describe, expect, it } from 'vitest';
import { addon } from './helpers';

function turnOn(a: ReturnType<typeof addon>) {
  a.google.ui.answers.push('NO'); // a personal account
  a.call('toggleHourlyRecalculation');
}

describe('Auto-recalculate with two managers', () => {
  it('a co-manager is told it is already on, and no second trigger is made', () => {
    const a = addon();
    turnOn(a);
    expect(a.google.triggers).toHaveLength(1);
    a.google.user.email = 'co-manager@example.com';
    turnOn(a);
    expect(a.google.triggers).toHaveLength(1);
    expect(a.google.ui.alerts.at(-1)!.message).toMatch(/already on: another editor/);
  });

  it('once the first manager turns it off, the co-manager can turn it on', () => {
    const a = addon();
    turnOn(a);
    a.call('toggleHourlyRecalculation');
    expect(a.google.triggers).toHaveLength(0);
    a.google.user.email = 'co-manager@example.com';
    turnOn(a);
    expect(a.google.triggers).toEqual([
      expect.objectContaining({ owner: 'co-manager@example.com' }),
    ]);
  });
});
