import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_PATH } from '../../src/lib/fixed-pages.ts';
import { DATA_SETS, type DataSet } from '../../src/lib/open-data-sets.ts';
import { readContentFiles } from '../support/content-files.ts';
import { DIST } from '../support/dist.ts';

// The open data as a reader gets it: each file checked against its own JSON Schema by Ajv, a
// validator that has nothing to do with how the files were written.

const file = (name: string) => readFileSync(join(DIST, DATA_PATH, name), 'utf8');
const content = readContentFiles();
const published = (collection: string) =>
  content.filter((f) => f.collection === collection && f.data['draft'] !== true);

describe.each(Object.keys(DATA_SETS) as DataSet[])('the data set %s', (set) => {
  it('is valid against its own JSON Schema, and the schema rejects a broken record', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(file(`${set}.schema.json`)));
    const data = JSON.parse(file(`${set}.json`)) as Record<string, unknown>[];
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.length).toBeGreaterThan(0);
    const [first, ...rest] = data;
    const broken = { ...first, [Object.keys(first!)[0]!]: 42 };
    expect(validate([broken, ...rest])).toBe(false);
  });
});

describe('the findings as data', () => {
  const json = JSON.parse(file('resultater.json')) as { id: string; titel: string }[];

  it('hold every published finding, by its permanent id', () => {
    expect(json.map((f) => f.id).sort()).toEqual(
      published('findings')
        .map((f) => String(f.data['id']))
        .sort(),
    );
  });

  it('read the same as CSV, one row per finding, with the same ids and titles', () => {
    const rows = parse(file('resultater.csv'), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((row) => [row['id'], row['titel']])).toEqual(json.map((f) => [f.id, f.titel]));
  });
});

describe('the data page', () => {
  it('links every file and names the licence', () => {
    const html = file('index.html');
    for (const set of Object.keys(DATA_SETS)) {
      expect(html).toContain(`href="${DATA_PATH}${set}.json"`);
      expect(html).toContain(`href="${DATA_PATH}${set}.schema.json"`);
      expect(existsSync(join(DIST, DATA_PATH, `${set}.json`))).toBe(true);
    }
    expect(html).toContain(`href="${DATA_PATH}resultater.csv"`);
    expect(html).toContain('rel="license"');
  });
});
