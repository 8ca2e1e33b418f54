import { describe, expect, it } from 'vitest';
import { coverage, examSections } from '../../src/utils/exams';

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
    expect(coverage(categories)).toEqual({ covered: 2, total: 3 });
  });
});
