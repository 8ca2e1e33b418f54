import { describe, expect, it } from 'vitest';
import { conceptPage, servicePage, shortNameBadge } from '../../src/utils/topic-pages';
import { category, comparison, concept, exam, guideOf, question, questionSet, service } from './entries';

const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);

describe('topic pages', () => {
  it('badges the short name only when the full name does not already say it', () => {
    expect(shortNameBadge('Amazon Elastic Compute Cloud', 'EC2')).toBe('EC2');
    expect(shortNameBadge('AWS Lambda', 'Lambda')).toBeUndefined();
  });
});

describe('servicePage', () => {
  const guide = guideOf({
    categories: [category('compute', { name: 'Compute' })],
    services: [
      service('ec2', { name: 'Amazon EC2', shortName: 'EC2', related: ['spot', 'lambda'] }),
      service('spot', { name: 'Spot Instances', shortName: 'Spot', parent: 'ec2', related: ['ec2', 'batch'] }),
      service('lambda', { name: 'AWS Lambda', shortName: 'Lambda' }),
      service('batch', { name: 'AWS Batch', shortName: 'Batch', related: ['ec2'] }),
      service('outposts', { name: 'AWS Outposts', shortName: 'Outposts' }),
    ],
    comparisons: [comparison('batch-vs-ec2', ['batch', 'ec2']), comparison('batch-vs-lambda', ['batch', 'lambda'])],
    concepts: [concept('elasticity', { related: ['ec2'] })],
  });

  it('groups a service’s feature pages apart from its related services, which it finds both ways', async () => {
    const g = await guide;
    const { groups, named } = servicePage(g, g.service('ec2'), []);
    expect(ids(groups.features)).toEqual(['spot']);
    // Spot is listed as related too, but shows once, as a feature page.
    expect(ids(groups.related)).toEqual(['lambda']);
    // Batch lists EC2, which does not list it: it is named, without a card.
    expect(ids(named.related)).toEqual(['batch']);
    expect(ids(groups.comparisons)).toEqual(['batch-vs-ec2']);
    expect(ids(groups.concepts)).toEqual(['elasticity']);
  });

  it('puts a feature page’s parent first among its related services, once, and under it in the crumbs', async () => {
    const g = await guide;
    const page = servicePage(g, g.service('spot'), []);
    expect(ids(page.groups.related)).toEqual(['ec2', 'batch']);
    // EC2 lists Spot, but as its parent it shows once, first among the cards.
    expect(page.named.related).toEqual([]);
    expect(page.groups.features).toEqual([]);
    expect(page.crumbs).toEqual([
      { label: 'Compute', href: '/categories/compute/' },
      { label: 'EC2', href: '/services/ec2/' },
    ]);
  });

  it('lists in the contents only the groups that have something in them, after the body’s headings', async () => {
    // Every service has flashcards (from its summary at least), hence “Test yourself” on both.
    const g = await guide;
    const toc = (id: string) => servicePage(g, g.service(id), [{ depth: 2, slug: 'pricing', text: 'Pricing' }]).toc.map((s) => s.text);
    expect(toc('ec2')).toEqual(['Pricing', 'More on EC2', 'Related services', 'Comparisons', 'Concepts', 'Test yourself', 'Sources']);
    expect(toc('outposts')).toEqual(['Pricing', 'Test yourself', 'Sources']);
  });
});

describe('conceptPage', () => {
  it('offers the questions filed under a concept in its “Test yourself”, and leaves the section out without them', async () => {
    const g = await guideOf({
      services: [service('alpha', { facets: {} })],
      concepts: [concept('serverless'), concept('cloud-computing')],
      exams: [exam('FIX-C01', { Compute: ['alpha'] })],
      questions: [questionSet('serverless', [question('q1'), question('q2')], '/concepts/serverless/')],
    });
    const page = (id: string) =>
      conceptPage(
        g,
        g.concepts.find((c) => c.id === id)!,
        [],
      );
    expect(page('serverless').decks).toEqual({ questions: 2, practiceDeck: 'concept-serverless', flashcardDeck: undefined });
    expect(page('serverless').toc.map((s) => s.text)).toEqual(['Test yourself', 'Sources']);
    expect(page('cloud-computing').toc.map((s) => s.text)).toEqual(['Sources']);
  });
});
