import { describe, expect, it } from 'vitest';
import { searchTerms, withoutVendor } from '../../src/utils/search-terms';

describe('search terms', () => {
  it('drops the vendor prefix so the plain name matches', () => {
    expect(withoutVendor('Amazon Elastic Compute Cloud')).toBe('Elastic Compute Cloud');
    expect(withoutVendor('AWS Lambda')).toBe('Lambda');
    expect(withoutVendor('Elastic Load Balancing')).toBe('Elastic Load Balancing');
  });

  it('lists short name, plain name and aliases once each, ignoring case, without the full name', () => {
    expect(searchTerms({ name: 'Amazon Elastic Compute Cloud', shortName: 'EC2', aliases: ['ec2', 'virtual machines', ' VMs '] })).toEqual([
      'EC2',
      'Elastic Compute Cloud',
      'virtual machines',
      'VMs',
    ]);
  });

  it('does not repeat a short name that equals the plain name', () => {
    expect(searchTerms({ name: 'AWS Lambda', shortName: 'Lambda', aliases: [] })).toEqual(['Lambda']);
  });
});
