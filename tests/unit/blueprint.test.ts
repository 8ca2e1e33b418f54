/** The exam blueprint: task statements with their sections and questions, the print order it gives, and the changes since the guide. */
import { describe, expect, it } from 'vitest';
import { blueprint, changesSince, inBlueprintOrder, taskId } from '../../src/utils/blueprint';

const exam = {
  domains: [
    {
      name: 'Design',
      weight: 60,
      tasks: [
        { number: '1.1', title: 'Design things', covers: ['a', 'b'], sections: ['/services/iam/#roles', '/concepts/policy/#evaluation'] },
        { number: '1.2', title: 'Design more', covers: ['c', 'd'], sections: ['/services/kms/#keys', '/services/iam/#users'] },
      ],
    },
    {
      name: 'Cost',
      weight: 40,
      tasks: [{ number: '2.1', title: 'Save money', covers: ['e', 'f'], sections: ['/services/s3/#classes', '/services/kms/#pricing'] }],
    },
  ],
};

describe('the blueprint', () => {
  it('numbers domains, gives each task an id, labels its sections and lists the questions naming it for this exam', () => {
    const questions = [
      { id: 'q1', tasks: { 'SAA-C03': '1.2' } },
      { id: 'q2', tasks: { 'SAA-C03': '1.2', 'CLF-C02': '1.1' } },
      { id: 'q3', tasks: { 'CLF-C02': '1.2' } },
    ];
    const domains = blueprint(exam, 'SAA-C03', questions, (path) => `label of ${path}`);
    expect(domains.map((d) => [d.number, d.name, d.tasks.map((t) => t.id)])).toEqual([
      [1, 'Design', ['task-1-1', 'task-1-2']],
      [2, 'Cost', ['task-2-1']],
    ]);
    expect(domains[0]!.tasks[1]).toMatchObject({
      number: '1.2',
      questions: ['q1', 'q2'],
      sections: [
        { path: '/services/kms/#keys', page: '/services/kms/', label: 'label of /services/kms/#keys' },
        { path: '/services/iam/#users', page: '/services/iam/', label: 'label of /services/iam/#users' },
      ],
    });
    expect(taskId('3.10')).toBe('task-3-10');
  });

  it('orders topics as the blueprint first sends readers to them, then the rest as given', () => {
    const domains = blueprint(exam, 'X', [], (p) => p);
    const topics = ['/services/s3/', '/services/ec2/', '/services/kms/', '/services/iam/', '/concepts/policy/'];
    expect(inBlueprintOrder(topics, (t) => t, domains)).toEqual(['/services/iam/', '/concepts/policy/', '/services/kms/', '/services/s3/', '/services/ec2/']);
  });
});

describe('changes since the exam guide', () => {
  const service = (name: string, fields: Partial<Parameters<typeof changesSince>[0][number]> = {}) => ({
    name,
    url: `/services/${name.toLowerCase()}/`,
    status: { state: 'active' },
    changes: [],
    ...fields,
  });

  it('lists renames, closures and retirements after the guide’s date, newest first, and nothing else', () => {
    const services = [
      service('Old', { changes: [{ date: '2021-05', kind: 'retired', text: 'Before the guide.', section: 'status' }] }),
      service('Limits', { changes: [{ date: '2024-01-10', kind: 'limit', text: 'A limit rose.', section: 'limits' }] }),
      service('Renamed', { changes: [{ date: '2024-03', kind: 'renamed', text: 'Renamed to New.', section: 'names' }] }),
      service('Closed', { status: { state: 'closed', since: '2025-07-31', note: 'Closed to new customers.' } }),
    ];
    expect(changesSince(services, '2022-08-30')).toEqual([
      { service: 'Closed', date: '2025-07-31', what: 'Closed to new customers.', path: '/services/closed/' },
      { service: 'Renamed', date: '2024-03', what: 'Renamed to New.', path: '/services/renamed/#names' },
    ]);
  });

  it('lists a status once when a dated change already says it', () => {
    const both = service('Gone', {
      status: { state: 'retired', since: '2025-01-15', note: 'Retired.' },
      changes: [{ date: '2025-01-15', kind: 'retired', text: 'Retired; use Other.', section: 'status' }],
    });
    expect(changesSince([both], '2022-08-30')).toEqual([{ service: 'Gone', date: '2025-01-15', what: 'Retired; use Other.', path: '/services/gone/#status' }]);
  });
});
