/**
 * Content that parses but is wrong (a reference to nothing, a facet left out, a question on an exam that does
 * not exist) must stop the build with a message that names the file and the field. The checks are tested here
 * on in-memory entries; content-errors.test.ts builds a site once to show how the message reaches a writer.
 */
import { describe, expect, it } from 'vitest';
import { checkFacets, checkQuestions, checkReferences, checkSectionLinks, referencesOf } from '../../src/utils/content';
import { category, comparison, concept, domain, exam, guideOf, question, questionSet, service } from './entries';

/** The ids a build has, by collection: what `checkReferences` is asked about each reference. */
const existing =
  (ids: Record<string, string[]>) =>
  ({ collection, id }: { collection: string; id: string }) =>
    ids[collection]?.includes(id) ?? false;

const fixtureIds = existing({ categories: ['compute'], services: ['alpha', 'beta'] });

describe('references', () => {
  it('names the field of every reference an entry holds, in order', () => {
    const feature = service('alpha-feature', {
      parent: 'alpha',
      related: ['beta', 'gamma'],
      status: { state: 'retired', since: '2025-07', note: 'Retired in this test.', alternatives: ['beta'] },
    });
    expect(referencesOf(feature).map(([field, ref]) => `${field} → ${ref.collection}/${ref.id}`)).toEqual([
      'category → categories/compute',
      'parent → services/alpha',
      'related[0] → services/beta',
      'related[1] → services/gamma',
      'status.alternatives[0] → services/beta',
    ]);
    expect(referencesOf(comparison('alpha-vs-beta', ['alpha', 'beta'])).map(([field]) => field)).toEqual(['subjects[0]', 'subjects[1]']);
    expect(referencesOf(concept('serverless', { related: ['alpha'] })).map(([field]) => field)).toEqual(['related[0]']);
    const set = questionSet('alpha', [question('q1'), question('q2', { services: ['alpha', 'beta'] })]);
    expect(referencesOf(set).map(([field]) => field)).toEqual(['questions[0].services[0]', 'questions[1].services[0]', 'questions[1].services[1]']);
  });

  it('counts an exam entry without a page in the index of the ones after it, and checks only those with one', () => {
    const fix = exam('FIX-C01', { Compute: ['alpha', { name: 'Amazon Lightsail' }, 'beta'], Security: ['beta'] });
    expect(referencesOf(fix).map(([field, ref]) => `${field} → ${ref.id}`)).toEqual([
      'categories[0].services[0].service → alpha',
      'categories[0].services[2].service → beta',
      'categories[1].services[0].service → beta',
    ]);
  });

  it('accepts entries whose references all exist', () => {
    expect(() => {
      checkReferences([service('alpha', { related: ['beta'] }), comparison('alpha-vs-beta', ['alpha', 'beta'])], fixtureIds);
    }).not.toThrow();
  });

  it('names the file and the field of an unknown category', () => {
    expect(() => {
      checkReferences([service('alpha', { category: 'computing' })], fixtureIds);
    }).toThrow('content/services/alpha.md: category points to "computing", but there is no such entry in the "categories" collection.');
  });

  it('names the file and the field of a reference to a service that does not exist', () => {
    expect(() => {
      checkReferences([service('alpha', { related: ['beta', 'delta'] })], fixtureIds);
    }).toThrow('content/services/alpha.md: related[1] points to "delta", but there is no such entry in the "services" collection.');
  });

  it('names the file and the field of an exam entry that points to no page', () => {
    expect(() => {
      checkReferences([exam('FIX-C01', { Compute: [{ name: 'Amazon Lightsail' }, 'alfa'] })], fixtureIds);
    }).toThrow('content/exams/fix-c01.yaml: categories[0].services[1].service points to "alfa", but there is no such entry in the "services" collection.');
  });
});

describe('facets', () => {
  const compute = category('compute', { facets: [{ id: 'use', label: 'Typical use' }] });

  it('accepts services that give every facet of their category, and feature pages that give none', () => {
    expect(() => {
      checkFacets([service('alpha', { facets: { use: 'Jobs' } }), service('alpha-feature', { parent: 'alpha' })], [compute]);
    }).not.toThrow();
  });

  it('lists every service with a facet left out or unknown, one line each with its file and field', () => {
    const services = [service('alpha', { facets: { use: 'Jobs' } }), service('beta'), service('gamma', { facets: { use: 'Jobs', cost: 'Low' } })];
    expect(() => {
      checkFacets(services, [compute]);
    }).toThrow(
      [
        'content/services/beta.md: facets.use is missing: the "compute" category compares its services on “Typical use”.',
        'content/services/gamma.md: facets.cost is not a facet of the "compute" category (it has: use).',
      ].join('\n'),
    );
  });

  it('leaves a service in an unknown category to the reference check', () => {
    expect(() => {
      checkFacets([service('alpha', { category: 'computing', facets: { cost: 'Low' } })], [compute]);
    }).not.toThrow();
  });
});

describe('practice questions', () => {
  const fix = exam(
    'FIX-C01',
    { Compute: ['alpha'] },
    {
      domains: [domain(1, 'Everything', 60), domain(2, 'Nothing', 40, 2)],
    },
  );

  it('accepts questions on known exams and task statements with ids used once', () => {
    expect(() => {
      checkQuestions([questionSet('alpha', [question('q1'), question('q2', { exams: { 'FIX-C01': '2.2' } })])], [fix]);
    }).not.toThrow();
  });

  it('refuses an id used twice, naming both files', () => {
    const sets = [questionSet('alpha', [question('q1')]), questionSet('beta', [question('q2'), question('q1')])];
    expect(() => {
      checkQuestions(sets, [fix]);
    }).toThrow('content/questions/beta.yaml: questions[1].id "q1" is already used in content/questions/alpha.yaml.');
  });

  it('refuses an exam with no file, naming the file and the field', () => {
    const sets = [questionSet('alpha', [question('q1', { exams: { 'FIX-C01': '1.1', 'FIX-C02': '1.1' } })])];
    expect(() => {
      checkQuestions(sets, [fix]);
    }).toThrow('content/questions/alpha.yaml: questions[0].exams.FIX-C02 names an exam with no file in content/exams/.');
  });

  it('refuses a task statement the exam does not have, listing the ones it has', () => {
    const sets = [questionSet('alpha', [question('q1'), question('q2', { exams: { 'FIX-C01': '1.2' } })])];
    expect(() => {
      checkQuestions(sets, [fix]);
    }).toThrow('content/questions/alpha.yaml: questions[1].exams.FIX-C01 "1.2" is not a task statement of FIX-C01 (it has: 1.1, 2.1, 2.2).');
  });
});

describe('links to sections', () => {
  const rendered = {
    ...service('alpha'),
    rendered: { html: '<h2 id="how-it-works">How it works</h2><table><tr id="run-time"><th>Run time</th></tr></table>' },
  };
  const fix = exam('FIX-C01', { Compute: ['alpha'] });
  const withSection = (path: string) => ({
    ...fix,
    data: {
      ...fix.data,
      domains: [{ ...fix.data.domains[0]!, tasks: [{ ...fix.data.domains[0]!.tasks[0]!, sections: ['/services/alpha/#key-facts', path] }] }],
    },
  });

  it('accepts headings, table rows and the sections every page adds', () => {
    expect(() => {
      checkSectionLinks(
        [rendered],
        [withSection('/services/alpha/#run-time')],
        [questionSet('alpha', [question('q1', { proof: '/services/alpha/#how-it-works' })])],
      );
    }).not.toThrow();
  });

  it('refuses a task section or a proof whose id the page does not have, naming the file and the field', () => {
    expect(() => {
      checkSectionLinks([rendered], [withSection('/services/alpha/#run-times')], []);
    }).toThrow(
      'content/exams/fix-c01.yaml: domains[0].tasks[0].sections[1] points to "/services/alpha/#run-times", but content/services/alpha.md has no section or row with the id "run-times".',
    );
    expect(() => {
      checkSectionLinks([rendered], [], [questionSet('alpha', [question('q1', { proof: '/services/alpha/#pricing' })])]);
    }).toThrow(
      'content/questions/alpha.yaml: questions[0].proof points to "/services/alpha/#pricing", but content/services/alpha.md has no section or row with the id "pricing".',
    );
  });

  it('refuses a page that does not exist, and checks only the page while it is not rendered yet', () => {
    expect(() => {
      checkSectionLinks([service('alpha')], [withSection('/services/beta/#how-it-works')], []);
    }).toThrow('content/exams/fix-c01.yaml: domains[0].tasks[0].sections[1] points to "/services/beta/#how-it-works", but there is no page /services/beta/.');
    expect(() => {
      checkSectionLinks([service('alpha')], [withSection('/services/alpha/#anything')], []);
    }).not.toThrow();
  });
});

describe('loading the guide', () => {
  const alpha = service('alpha', { facets: {} });

  it('loads content whose references, facets and questions are right', async () => {
    const guide = await guideOf({ services: [alpha], exams: [exam('FIX-C01', { Compute: ['alpha'] })], questions: [questionSet('alpha', [question('q1')])] });
    expect(guide.service('alpha')).toBe(alpha);
  });

  it('runs the reference check over every collection that refers to others', async () => {
    await expect(guideOf({ services: [alpha], concepts: [concept('serverless', { related: ['alpha', 'lambda'] })] })).rejects.toThrow(
      'content/concepts/serverless.md: related[1] points to "lambda"',
    );
    await expect(guideOf({ services: [alpha], exams: [exam('FIX-C01', { Compute: ['alfa'] })] })).rejects.toThrow(
      'content/exams/fix-c01.yaml: categories[0].services[0].service points to "alfa"',
    );
    await expect(guideOf({ services: [alpha], questions: [questionSet('alpha', [question('q1', { services: ['beta'] })])] })).rejects.toThrow(
      'content/questions/alpha.yaml: questions[0].services[0] points to "beta"',
    );
  });

  it('runs the facet check', async () => {
    const categories = [category('compute', { facets: [{ id: 'use', label: 'Typical use' }] })];
    await expect(guideOf({ categories, services: [alpha] })).rejects.toThrow('content/services/alpha.md: facets.use is missing');
  });

  it('runs the question check', async () => {
    await expect(guideOf({ services: [alpha], questions: [questionSet('alpha', [question('q1')])] })).rejects.toThrow(
      'content/questions/alpha.yaml: questions[0].exams.FIX-C01 names an exam with no file',
    );
  });

  it('maps each former slug to the page that lists it, and names both files when it is another page’s address', async () => {
    const renamed = service('alpha', { facets: {}, formerSlugs: ['alfa'] });
    expect((await guideOf({ services: [renamed] })).redirects).toEqual({ '/services/alfa/': '/services/alpha/' });
    await expect(guideOf({ services: [renamed, service('beta', { facets: {}, formerSlugs: ['alpha'] })] })).rejects.toThrow(
      'content/services/beta.md: formerSlugs lists "alpha", which is the current address of content/services/alpha.md; remove it from one of them.',
    );
  });
});
