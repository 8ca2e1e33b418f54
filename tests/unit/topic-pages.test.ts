import { describe, expect, it } from 'vitest';
import { shortNameBadge } from '../../src/utils/topic-pages';

describe('topic pages', () => {
  it('badges the short name only when the full name does not already say it', () => {
    expect(shortNameBadge('Amazon Elastic Compute Cloud', 'EC2')).toBe('EC2');
    expect(shortNameBadge('AWS Lambda', 'Lambda')).toBeUndefined();
  });
});
