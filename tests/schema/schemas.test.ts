import { describe, expect, it } from 'vitest';
import {
  findingSchema,
  glossarySchema,
  guideSchema,
  methodSchema,
  modelSchema,
  pageBase,
  phaseSchema,
  sourceSchema,
} from '../../src/content.config.ts';

const base = {
  title: 'Titel',
  summary: 'Resumé.',
  audiences: ['kommune'],
  sources: [{ source: 'case-effektive-forandringer', locator: 'Afsnit' }],
  updated: '2026-11-25',
};
const versioned = {
  ...base,
  published: '2026-11-25',
  version: '1.0',
  changelog: [{ date: '2026-11-25', note: 'Første udgave.' }],
};

const valid = {
  model: {
    ...base,
    principles: [{ name: 'Omsorg' }],
    partnership: [{ partner: 'Connector', role: 'Rolle.' }],
    dimensions: ['Målgruppe', 'Metode', 'Implementering', 'Effekt', 'Økonomi'].map((name) => ({
      name,
      state: 'ikke-beskrevet',
      text: 'Kilderne siger intet.',
    })),
    gaps: ['Økonomien.'],
  },
  phase: { ...base, order: 1, purpose: 'Formål.' },
  finding: {
    ...versioned,
    sources: [
      {
        source: 'case-effektive-forandringer',
        locator: 'Afsnit',
        quote: 'Det samlede udbytte var to-delt.',
      },
    ],
    id: 'F01',
    statement: 'Udsagn.',
    origin: 'fremskudt-behandling',
    phase: 'evaluering',
  },
  guide: {
    ...versioned,
    origin: 'fremskudt-behandling',
    purpose: 'Formål.',
    steps: [{ title: 'Trin', text: 'Tekst.' }],
    phase: 'evaluering',
  },
  method: { ...base, origin: 'kk-inddragelse-2014' },
  source: {
    ...base,
    institution: 'Connector',
    documentTitle: 'Case',
    documentType: 'Casebeskrivelse',
  },
  glossary: { term: 'Recovery', definition: 'Tekst.', basis: 'kilde', updated: '2026-11-25' },
  page: base,
};

const schemas = {
  model: modelSchema,
  phase: phaseSchema,
  finding: findingSchema,
  guide: guideSchema,
  method: methodSchema,
  source: sourceSchema,
  glossary: glossarySchema,
  page: pageBase,
};

/** The dotted paths of the fields a failed parse complains about. */
function failedFields(
  schema: {
    safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[] }[] } };
  },
  value: unknown,
): string[] {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe.each(Object.keys(schemas) as (keyof typeof schemas)[])('the %s schema', (name) => {
  const schema = schemas[name];
  const sample = valid[name] as Record<string, unknown>;
  const titleField = name === 'glossary' ? 'term' : 'title';
  const dateField = 'updated';

  it('accepts a valid sample', () => {
    expect(schema.safeParse(sample).success).toBe(true);
  });

  it('rejects a sample without its title, naming the field', () => {
    const { [titleField]: _omitted, ...rest } = sample;
    expect(failedFields(schema, rest)).toEqual([titleField]);
  });

  it('rejects a date that is not in the calendar, naming the field', () => {
    expect(failedFields(schema, { ...sample, [dateField]: '2026-02-30' })).toEqual([dateField]);
  });

  it('rejects a date written the wrong way, naming the field', () => {
    expect(failedFields(schema, { ...sample, [dateField]: '25/11/2026' })).toEqual([dateField]);
  });
});

describe('the finding schema', () => {
  it('reads an unquoted YAML date as the same calendar day', () => {
    const parsed = findingSchema.parse({
      ...valid.finding,
      published: new Date('2026-11-25T00:00:00Z'),
    });
    expect(parsed.published).toBe('2026-11-25');
  });

  it('rejects an id that is not written F01, F02 …', () => {
    expect(failedFields(findingSchema, { ...valid.finding, id: '1' })).toEqual(['id']);
  });

  it('reads the origin as a reference to content/origins/, whose existence the check proves', () => {
    expect(findingSchema.parse(valid.finding).origin).toEqual({
      collection: 'origins',
      id: 'fremskudt-behandling',
    });
    expect(failedFields(findingSchema, { ...valid.finding, origin: undefined })).toEqual([
      'origin',
    ]);
  });

  it('fills parts the source does not describe with empty text, never undefined', () => {
    const parsed = findingSchema.parse(valid.finding);
    expect([parsed.context, parsed.mechanism, parsed.outcome]).toEqual(['', '', '']);
  });
});

describe('the page base schema', () => {
  it('rejects an audience outside the three readers', () => {
    expect(failedFields(pageBase, { ...base, audiences: ['borgere'] })).toEqual(['audiences.0']);
  });

  it('requires at least one audience', () => {
    expect(failedFields(pageBase, { ...base, audiences: [] })).toEqual(['audiences']);
  });
});

describe('the model schema', () => {
  it('requires at least one dimension, and takes as many as the model is described in', () => {
    expect(failedFields(modelSchema, { ...valid.model, dimensions: [] })).toEqual(['dimensions']);
    expect(
      modelSchema.safeParse({ ...valid.model, dimensions: valid.model.dimensions.slice(0, 4) })
        .success,
    ).toBe(true);
  });

  it('grades each dimension only as described, partly described or not described', () => {
    const [first, ...rest] = valid.model.dimensions;
    const graded = (state: string) => ({
      ...valid.model,
      dimensions: [{ ...first, state }, ...rest],
    });
    expect(modelSchema.safeParse(graded('delvist-beskrevet')).success).toBe(true);
    expect(failedFields(modelSchema, graded('dokumenteret'))).toEqual(['dimensions.0.state']);
  });
});

describe('the guide schema', () => {
  it('requires the process the guide builds on', () => {
    expect(failedFields(guideSchema, { ...valid.guide, origin: undefined })).toEqual(['origin']);
  });
});

describe('the source schema', () => {
  it('rejects an institution with a comma, which reference managers split into last and first name', () => {
    expect(
      failedFields(sourceSchema, {
        ...valid.source,
        institution: 'Københavns Kommune, Mål- og Rammekontoret for Voksne',
      }),
    ).toEqual(['institution']);
  });

  it('takes the body a unit belongs to as its parent institution', () => {
    expect(
      sourceSchema.parse({
        ...valid.source,
        institution: 'Mål- og Rammekontoret for Voksne',
        parentInstitution: 'Københavns Kommune',
      }).parentInstitution,
    ).toBe('Københavns Kommune');
  });
});
