/** What pages ask of the guide: a category's services, related services, an exam's services, comparisons among services. */
import { describe, expect, it } from 'vitest';
import { comparisonsAmong, examServices, relatedServices, servicesIn } from '../../src/utils/content';
import { category, comparison, exam, guideOf, service } from './entries';

const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);

describe('servicesIn', () => {
  it('lists a category’s services by name, each feature page right after its parent', async () => {
    const guide = await guideOf({
      categories: [category('compute'), category('storage')],
      services: [
        service('ec2', { name: 'Amazon EC2' }),
        service('lambda', { name: 'AWS Lambda' }),
        // Sorted by name alone, these would come after Lambda.
        service('spot', { name: 'Spot Instances', parent: 'ec2' }),
        service('instance-types', { name: 'Instance types', parent: 'ec2' }),
        service('s3', { name: 'Amazon S3', category: 'storage' }),
      ],
    });
    expect(ids(servicesIn(guide, 'compute'))).toEqual(['ec2', 'instance-types', 'spot', 'lambda']);
    expect(ids(servicesIn(guide, 'storage'))).toEqual(['s3']);
  });

  it('lists a feature page filed under another category than its parent’s among that category’s own services', async () => {
    const guide = await guideOf({
      categories: [category('compute'), category('storage')],
      services: [
        service('ec2', { name: 'Amazon EC2' }),
        service('ebs', { name: 'Amazon EBS volumes', category: 'storage', parent: 'ec2' }),
        service('s3', { name: 'Amazon S3', category: 'storage' }),
      ],
    });
    expect(ids(servicesIn(guide, 'storage'))).toEqual(['ebs', 's3']);
    expect(ids(servicesIn(guide, 'compute'))).toEqual(['ec2']);
  });
});

describe('relatedServices', () => {
  it('finds related services both ways, in the guide’s order, never the service itself: those it lists, then those that list it', async () => {
    const guide = await guideOf({
      services: [
        service('alpha', { related: ['alpha', 'gamma'] }),
        service('beta', { related: ['alpha'] }),
        service('gamma'),
        service('delta', { related: ['gamma'] }),
      ],
    });
    const both = (id: string) => {
      const { listed, listing } = relatedServices(guide, guide.service(id));
      return { listed: ids(listed), listing: ids(listing) };
    };
    expect(both('alpha')).toEqual({ listed: ['gamma'], listing: ['beta'] });
    expect(both('gamma')).toEqual({ listed: [], listing: ['alpha', 'delta'] });
    // Listed both ways, beta and alpha count only as listed.
    expect(both('beta')).toEqual({ listed: ['alpha'], listing: [] });
  });
});

describe('examServices', () => {
  it('follows the exam guide’s order, lists each service once, and puts feature pages after their service', async () => {
    const guide = await guideOf({
      services: [
        service('ec2', { name: 'Amazon EC2' }),
        service('spot', { name: 'Amazon EC2 Spot', parent: 'ec2' }),
        service('lambda', { name: 'AWS Lambda' }),
        service('s3', { name: 'Amazon S3' }),
      ],
      exams: [exam('FIX-C01', { Compute: ['lambda', 'ec2', { name: 'VMware Cloud on AWS' }], Storage: ['s3', 'ec2'] })],
    });
    expect(ids(examServices(guide, guide.exams[0]!))).toEqual(['lambda', 'ec2', 'spot', 's3']);
  });
});

describe('comparisonsAmong', () => {
  it('keeps the comparisons all of whose services are among those given', async () => {
    const guide = await guideOf({
      services: [service('ec2'), service('lambda'), service('s3')],
      comparisons: [
        comparison('ec2-vs-lambda', ['ec2', 'lambda']),
        comparison('ec2-vs-lambda-vs-s3', ['ec2', 'lambda', 's3']),
        comparison('lambda-vs-s3', ['lambda', 's3']),
      ],
    });
    expect(ids(comparisonsAmong(guide, [guide.service('ec2'), guide.service('lambda')]))).toEqual(['ec2-vs-lambda']);
    expect(ids(comparisonsAmong(guide, guide.services))).toEqual(['ec2-vs-lambda', 'ec2-vs-lambda-vs-s3', 'lambda-vs-s3']);
    expect(comparisonsAmong(guide, [guide.service('s3')])).toEqual([]);
  });
});
