import { describe, expect, it } from 'vitest';
import { nextVersion } from '../../src/lib/release.ts';
import { comparableText, findingText, guideText, versionSlug } from '../../src/lib/version-text.ts';
import { wordDiff } from '../../src/lib/word-diff.ts';

describe('a version’s text', () => {
  const finding = findingText(
    {
      statement: 'Et udsagn.',
      context: 'En kontekst.',
      mechanism: '',
      sources: [{ locator: 'Afsnittet om udbyttet', quote: 'Kildens ord […] her.' }],
      gaps: ['Kilden siger ikke hvor mange.'],
    },
    '<span id="gammelt-anker"></span>\n\n## Om resultatet\n\nSe [modellen](/model/).',
  );

  it('holds every part a reader saw, in the page’s order, and leaves out empty parts', () => {
    expect(finding).toBe(
      [
        'Et udsagn.',
        '## Kontekst',
        'En kontekst.',
        '## Kildegrundlag',
        '> Kildens ord […] her.',
        'Afsnittet om udbyttet.',
        '## Hvad kilderne ikke siger',
        '- Kilden siger ikke hvor mange.',
        '## Om resultatet',
        'Se [modellen](/model/).',
      ].join('\n\n'),
    );
  });

  it('numbers a guide’s steps and lists its checklist', () => {
    const guide = guideText(
      { purpose: 'Formålet.', steps: [{ title: 'Først', text: 'Gør det.' }], checklist: ['Klar'] },
      '',
    );
    expect(guide).toBe(
      '## Formål\n\nFormålet.\n\n## Trin for trin\n\n1. **Først.** Gør det.\n\n## Tjekliste\n\n- Klar',
    );
  });

  it('is compared by its words, not its Markdown marks', () => {
    expect(comparableText(finding)).not.toMatch(/##|\]\(|^> /m);
    const parts = wordDiff('Et udsagn om to ting.', 'Et nyt udsagn om tre ting.');
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual([
      'nyt',
      'tre',
    ]);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['to']);
  });
});

describe('version numbers', () => {
  it('go up by one minor step, as numbers, and stand in addresses with a hyphen', () => {
    expect(nextVersion('1.1')).toBe('1.2');
    expect(nextVersion('1.9')).toBe('1.10');
    expect(versionSlug('1.10')).toBe('1-10');
  });
});
