import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ENTRY_KINDS, entryTemplate, nextFindingId } from '../../src/lib/entry-templates.ts';

const context = {
  title: 'Ny »titel«',
  today: '2026-11-25',
  nextFindingId: 'F09',
  nextPhaseOrder: 5,
  defaults: { source: 'kilden', phase: 'fasen', origin: 'processen' },
};

/** The data of a template: its frontmatter, or the whole YAML file. */
function dataOf(text: string): Record<string, unknown> {
  return parse(text.startsWith('---') ? text.split('---\n')[1]! : text);
}

describe('entryTemplate', () => {
  it('writes valid YAML for every kind, with the title as written', () => {
    for (const kind of Object.keys(ENTRY_KINDS)) {
      const data = dataOf(entryTemplate(kind, context));
      expect(data['title'] ?? data['term'] ?? data['name']).toBe('Ny »titel«');
    }
  });

  it('fills in the site’s own defaults and the next free id and phase number', () => {
    const finding = dataOf(entryTemplate('resultat', context));
    expect(finding).toMatchObject({
      id: 'F09',
      origin: 'processen',
      sources: [{ source: 'kilden' }],
    });
    expect(dataOf(entryTemplate('vejledning', context))['phase']).toBe('fasen');
    expect(dataOf(entryTemplate('fase', context))['order']).toBe(5);
  });

  it('refuses a kind it does not know', () => {
    expect(() => entryTemplate('opskrift', context)).toThrow('Ukendt type "opskrift"');
  });
});

describe('nextFindingId', () => {
  it('takes the number after the highest in use, with two digits at least', () => {
    expect(nextFindingId(['F01', 'F08'])).toBe('F09');
    expect(nextFindingId([])).toBe('F01');
    expect(nextFindingId(['F99'])).toBe('F100');
  });
});
