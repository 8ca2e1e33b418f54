import { describe, expect, it } from 'vitest';
import { factValue, sharedFactLabels } from '../../src/utils/glance';

const service = (...facts: Array<[string, string]>) => ({ keyFacts: facts.map(([label, value]) => ({ label, value })) });

describe('category at-a-glance columns', () => {
  const services = [
    service(['Maximum run time', '15 minutes'], ['Pricing', 'per request']),
    service(['maximum run time ', 'none'], ['Durability', '11 nines']),
    service(['Pricing', 'per hour'], ['Maximum run time', '14 days']),
    service(['Durability', '99.9%']),
  ];

  it('keeps labels that several services share, most shared first, ignoring case and spacing', () => {
    expect(sharedFactLabels(services)).toEqual(['Maximum run time', 'Pricing', 'Durability']);
  });

  it('honours the minimum count and the column limit', () => {
    expect(sharedFactLabels(services, 3)).toEqual(['Maximum run time']);
    expect(sharedFactLabels(services, 2, 1)).toEqual(['Maximum run time']);
  });

  it('counts a label once per service even if the service repeats it', () => {
    expect(sharedFactLabels([service(['Pricing', 'a'], ['Pricing', 'b']), service()])).toEqual([]);
  });

  it('looks values up by label', () => {
    expect(factValue(services[1]!, 'Maximum run time')).toBe('none');
    expect(factValue(services[3]!, 'Pricing')).toBe('');
  });
});
