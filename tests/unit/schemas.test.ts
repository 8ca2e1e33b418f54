import { describe, expect, it } from 'vitest';
import { comparisonSchema, serviceSchema } from '../../src/schemas';

const valid = {
  name: 'AWS Lambda',
  shortName: 'Lambda',
  category: 'compute',
  summary: 'Runs code in response to events without servers to manage.',
};

const issues = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('service schema', () => {
  it('fills in defaults for optional fields', () => {
    const data = serviceSchema.parse(valid);
    expect(data.status).toEqual({ state: 'active' });
    expect(data.aliases).toEqual([]);
    expect(data.related).toEqual([]);
    expect(data.keyFacts).toEqual([]);
  });

  it('names the missing summary', () => {
    const { summary: _, ...noSummary } = valid;
    expect(issues(serviceSchema.safeParse(noSummary))).toEqual(['summary: summary is required and must be text']);
  });

  it('rejects a summary that is more than one sentence long', () => {
    expect(issues(serviceSchema.safeParse({ ...valid, summary: 'x'.repeat(300) }))).toEqual([
      'summary: summary must be one sentence of at most 240 characters',
    ]);
  });

  it('requires a date and a note for any state but active', () => {
    const result = serviceSchema.safeParse({ ...valid, status: { state: 'retired' } });
    expect(issues(result)).toEqual(expect.arrayContaining([expect.stringMatching(/^status\.since: /), expect.stringMatching(/^status\.note: /)]));
  });

  it('rejects an unknown state and lists the allowed ones', () => {
    const [message] = issues(serviceSchema.safeParse({ ...valid, status: { state: 'deprecated' } }));
    expect(message).toContain('status.state must be one of: active, legacy, closed, retired, renamed');
  });

  it('checks the date format of a status', () => {
    const result = serviceSchema.safeParse({ ...valid, status: { state: 'closed', since: 'July 2025', note: 'Closed to new customers.' } });
    expect(issues(result)).toEqual(['status.since: dates are written YYYY-MM-DD (or YYYY-MM)']);
  });

  it('requires both a label and a value for key facts', () => {
    const result = serviceSchema.safeParse({ ...valid, keyFacts: [{ label: 'Timeout' }] });
    expect(issues(result)).toEqual(['keyFacts.0.value: keyFacts[].value is required and must be text']);
  });
});

describe('comparison schema', () => {
  it('needs at least two subjects', () => {
    const result = comparisonSchema.safeParse({ title: 'Lambda alone', subjects: ['lambda'], summary: 'A comparison with only one side to it.' });
    expect(issues(result)).toEqual(['subjects: subjects must list at least two services']);
  });
});
