import { describe, expect, it } from 'vitest';
import { withoutVendor } from '../../src/utils/names';
import { otherNames, searchOnly, serviceNames } from '../../src/utils/search-terms';

describe('names shown and terms searched', () => {
  it('drops the vendor prefix so the plain name matches', () => {
    expect(withoutVendor('Amazon Elastic Compute Cloud')).toBe('Elastic Compute Cloud');
    expect(withoutVendor('AWS Lambda')).toBe('Lambda');
    expect(withoutVendor('Elastic Load Balancing')).toBe('Elastic Load Balancing');
  });

  it('shows short name, plain name and aliases once each, ignoring case, without the full name', () => {
    expect(serviceNames({ name: 'Amazon Elastic Compute Cloud', shortName: 'EC2', aliases: ['ec2', 'Amazon Elastic Compute Cloud', ' VMs '] })).toEqual([
      'EC2',
      'Elastic Compute Cloud',
      'VMs',
    ]);
  });

  it('does not repeat a short name that equals the plain name', () => {
    expect(serviceNames({ name: 'AWS Lambda', shortName: 'Lambda', aliases: [] })).toEqual(['Lambda']);
  });

  it('leaves a title with nothing else to show when it has no aliases', () => {
    expect(otherNames('Amazon EBS vs Amazon EFS', [])).toEqual([]);
    expect(otherNames('High availability', ['HA', 'high availability'])).toEqual(['HA']);
  });

  it('searches by the search terms, never by a name twice', () => {
    const names = serviceNames({ name: 'AWS Lambda', shortName: 'Lambda', aliases: ['FaaS'] });
    expect(searchOnly(names, ['serverless functions', 'faas', 'cold start', 'Cold  start', ' lambda '])).toEqual(['serverless functions', 'cold start']);
  });
});
