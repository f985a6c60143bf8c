import { describe, expect, it, vi } from 'vitest';
import { ref, setCollections } from '../support/astro-content-mock.ts';

vi.mock('astro:content', () => import('../support/astro-content-mock.ts'));

const { getRedirects } = await import('../../src/lib/redirect-pages.ts');

const entry = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  summary: 's',
  audiences: ['kommune'],
  sources: [],
  updated: '2026-01-01',
  draft: false,
  aliases: [] as string[],
  ...extra,
});

/** A small site: one model, one finding, two methods, with the aliases a test gives them. */
function site(aliases: { finding?: string[]; first?: string[]; second?: string[] }) {
  setCollections({
    model: [{ id: 'm', data: entry('Modellen') }],
    theoryOfChange: [],
    phases: [],
    guides: [],
    sources: [],
    pages: [],
    findings: [
      {
        id: 'fundet',
        filePath: 'content/findings/fundet.mdx',
        data: entry('Fundet', {
          id: 'F01',
          origin: ref('origins', 'o'),
          aliases: aliases.finding ?? [],
        }),
      },
    ],
    methods: [
      {
        id: 'a',
        filePath: 'content/methods/a.mdx',
        data: entry('A', { origin: ref('origins', 'o'), aliases: aliases.first ?? [] }),
      },
      {
        id: 'b',
        filePath: 'content/methods/b.mdx',
        data: entry('B', { origin: ref('origins', 'o'), aliases: aliases.second ?? [] }),
      },
    ],
  });
}

describe('getRedirects', () => {
  it('sends a finding’s short address and every former address on to the live page, with its title', async () => {
    site({ finding: ['/resultater/gammelt-navn/'] });
    expect(await getRedirects()).toEqual([
      { from: '/resultater/f01/', to: '/resultater/fundet/', title: 'F01: Fundet' },
      { from: '/resultater/gammelt-navn/', to: '/resultater/fundet/', title: 'F01: Fundet' },
    ]);
  });

  it('fails when an alias takes a live page’s address, naming the file and the field', async () => {
    site({ first: ['/metoder/b/'] });
    await expect(getRedirects()).rejects.toThrow('content/methods/a.mdx: feltet "aliases"');
  });

  it('fails when two entries claim the same former address', async () => {
    site({ first: ['/metoder/gammel/'], second: ['/metoder/gammel/'] });
    await expect(getRedirects()).rejects.toThrow('samme adresse /metoder/gammel/');
  });
});
