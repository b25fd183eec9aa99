// Activity types and metric names are normalised the same way everywhere.
import { describe, expect, it } from 'vitest';
import { headerKey, normalizeActivityType, normalizeMetric } from '../../../shared/workbook';

describe('header keys', () => {
  it.each([
    ['Rep ID', 'rep_id'],
    ['rep_id', 'repId'],
    ['REP-ID', 'rep id'],
    ['Action Plans', 'action_plans'],
    ['CommissionPlans', 'commission plans'],
  ])('%j and %j are the same column or tab', (a, b) => {
    expect(headerKey(a)).toBe(headerKey(b));
  });

  it('keeps different names apart', () => {
    expect(headerKey('rep_id')).not.toBe(headerKey('rep'));
  });
});

describe('activity types', () => {
  it.each([
    ['Calls', 'call'],
    ['call', 'call'],
    ['  EMAILS ', 'email'],
    ['demos', 'demo'],
    ['proposals', 'proposal'],
    ['meetings', 'meeting'],
    ['site visits', 'site visit'],
    ['Site   Visits', 'site visit'],
    ['replies', 'reply'],
    ['pitches', 'pitch'],
    ['classes', 'class'],
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['sms', 'sms'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeActivityType(input)).toBe(expected);
  });
});

describe('metrics', () => {
  it.each([
    ['revenue', 'revenue'],
    ['Won Deals', 'won_deals'],
    ['won_deals', 'won_deals'],
    ['lost-deals', 'lost_deals'],
    ['New Pipeline', 'new_pipeline'],
    ['activity_points', 'activity_points'],
    ['Calls', 'call'],
    ['site visits', 'site visit'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeMetric(input)).toBe(expected);
  });
});
