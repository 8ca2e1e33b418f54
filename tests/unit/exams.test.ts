import { describe, expect, it } from 'vitest';
import { coverage, coverageText, examSections } from '../../src/utils/exams';

const categories = [
  { name: 'Analytics', services: [{ name: 'Amazon Redshift', service: { id: 'redshift' } }, { name: 'AWS Data Exchange' }] },
  {
    name: 'Database',
    services: [
      { name: 'Amazon Redshift', service: { id: 'redshift' } },
      { name: 'Amazon RDS', service: { id: 'rds' } },
    ],
  },
];

describe('examSections', () => {
  it('gives every category and row an id that is unique on the page', () => {
    const sections = examSections(categories, (id) => ({ id }), ['domains']);
    expect(sections.map((s) => [s.id, s.rows.map((r) => r.id)])).toEqual([
      ['analytics', ['amazon-redshift', 'aws-data-exchange']],
      ['database', ['amazon-redshift-1', 'amazon-rds']],
    ]);
  });

  it('keeps ids the page already uses out of the way', () => {
    const [section] = examSections([{ name: 'Domains', services: [{ name: 'In-scope services' }] }], (id) => ({ id }), ['domains', 'in-scope-services']);
    expect([section!.id, section!.rows[0]!.id]).toEqual(['domains-1', 'in-scope-services-1']);
  });

  it('looks up the page of each covered entry and leaves the rest without one', () => {
    const [analytics] = examSections(categories, (id) => ({ id, name: id.toUpperCase() }));
    expect(analytics!.rows.map((r) => r.service)).toEqual([{ id: 'redshift', name: 'REDSHIFT' }, undefined]);
  });
});

describe('coverage', () => {
  it('counts an entry listed under two categories once', () => {
    expect(coverage(categories)).toEqual({ covered: 2, total: 3, pages: 2, shared: [] });
  });

  it('counts the pages apart from the names when names share a page', () => {
    const containers = [
      {
        services: [
          { name: 'Amazon ECS', service: { id: 'ecs' } },
          { name: 'Amazon ECS Anywhere', service: { id: 'ecs' } },
          { name: 'Amazon EKS', service: { id: 'eks' } },
          { name: 'Amazon EKS Anywhere', service: { id: 'eks' } },
        ],
      },
    ];
    expect(coverage(containers)).toEqual({
      covered: 4,
      total: 4,
      pages: 2,
      shared: [
        ['Amazon ECS', 'Amazon ECS Anywhere'],
        ['Amazon EKS', 'Amazon EKS Anywhere'],
      ],
    });
  });
});

describe('coverageText', () => {
  it('says how many names have a page and, when names share pages, how many pages that is and why', () => {
    expect(coverageText(coverage(categories))).toBe('2 of the 3 in-scope services have a page here.');
    expect(
      coverageText({
        total: 121,
        covered: 121,
        pages: 117,
        shared: [
          ['Amazon ECS', 'Amazon ECS Anywhere'],
          ['Amazon Aurora', 'Amazon Aurora Serverless'],
        ],
      }),
    ).toBe(
      'Every one of the 121 in-scope services has a page here; some share one (Amazon ECS and Amazon ECS Anywhere, for example), so that makes 117 pages.',
    );
    expect(coverageText({ total: 111, covered: 111, pages: 110, shared: [['AWS VPN', 'AWS Site-to-Site VPN']] })).toBe(
      'Every one of the 111 in-scope services has a page here; AWS VPN and AWS Site-to-Site VPN share one, so that makes 110 pages.',
    );
  });
});
