import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ref, setCollections } from '../support/astro-content-mock.ts';

vi.mock('astro:content', () => import('../support/astro-content-mock.ts'));
// The readers' pages open with pages of this fictional site, not the real site.yaml's.
vi.mock('../../src/site.config.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/site.config.ts')>();
  const reader = (href: string) => ({
    intro: 'Til læseren.',
    featured: [{ href, why: 'Derfor.' }],
    gaps: ['Kilderne siger intet om prisen.'],
    evidenceTable: href === '/resultater/',
  });
  return {
    ...real,
    siteText: {
      ...real.siteText,
      audiences: {
        kommune: reader('/model/'),
        praktiker: reader('/metoder/samtale/'),
        'ministerium-og-forskning': reader('/resultater/'),
      },
    },
  };
});

const { getFindingPage } = await import('../../src/lib/page-data/finding.ts');
const { getMethodPage } = await import('../../src/lib/page-data/method.ts');
const { getPhasePage } = await import('../../src/lib/page-data/phase.ts');
const { getGuidePage } = await import('../../src/lib/page-data/guide.ts');
const { getModelPage } = await import('../../src/lib/page-data/model.ts');
const { articleFrame } = await import('../../src/lib/page-data/frame.ts');
const { getAudiencePages, getOriginOverview } = await import('../../src/lib/page-data/overview.ts');

const page = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  summary: `${title} kort.`,
  audiences: ['kommune'],
  sources: [{ source: ref('sources', 'kilde-a'), locator: 'Afsnit 1' }],
  updated: '2026-01-02',
  draft: false,
  aliases: [],
  gaps: [],
  formerAnchors: [],
  ...extra,
});
const versioned = { published: '2026-01-01', version: '1.0', changelog: [] };

beforeEach(() => {
  setCollections({
    model: [
      {
        id: 'modellen',
        data: page('Modellen', {
          principles: [],
          partnership: [],
          dimensions: [
            { name: 'Målgruppe', state: 'beskrevet', text: 'a' },
            { name: 'Økonomi', state: 'ikke-beskrevet', text: 'Intet.' },
          ],
          gaps: ['Prisen.'],
        }),
      },
    ],
    origins: [
      {
        id: 'anden',
        data: {
          name: 'En anden proces',
          group: 'Fra en anden proces',
          label: 'Anden proces',
          primary: false,
          note: 'En anden proces.',
          findingNote: 'Ikke et resultat.',
          unansweredQuestions: '',
          evidence: { type: 'Egen beskrivelse.', strength: 'Svag.' },
        },
      },
      {
        id: 'egen',
        data: {
          name: 'Egen indsats',
          group: 'Egen indsats',
          label: '',
          primary: true,
          note: '',
          findingNote: '',
          unansweredQuestions: 'Kilderne svarer ikke på spørgsmålene.',
        },
      },
    ],
    phases: [
      {
        id: 'to',
        data: page('Fase to', {
          order: 2,
          purpose: 'p',
          activities: [],
          outputs: [],
          methods: [],
          guides: [],
        }),
      },
      {
        id: 'en',
        data: page('Fase en', {
          order: 1,
          purpose: 'p',
          activities: [],
          outputs: [],
          methods: [{ method: ref('methods', 'samtale'), editorial: false }],
          guides: [ref('guides', 'guiden')],
        }),
      },
      {
        id: 'tre',
        data: page('Fase tre', {
          order: 3,
          purpose: 'p',
          activities: [],
          outputs: [],
          methods: [],
          guides: [],
        }),
      },
    ],
    findings: [
      {
        id: 'andet-fund',
        data: page('Andet fund', {
          ...versioned,
          id: 'F02',
          statement: 's',
          origin: ref('origins', 'anden'),
          realistQuestions: [],
          context: '',
          mechanism: '',
          outcome: '',
        }),
      },
      {
        id: 'foerste-fund',
        data: page('Første fund', {
          ...versioned,
          id: 'F01',
          statement: 'Udsagnet.',
          origin: ref('origins', 'egen'),
          realistQuestions: [],
          context: 'k',
          mechanism: '',
          outcome: '',
          evidence: { type: 't', strength: 's' },
          phase: ref('phases', 'en'),
        }),
        headings: [{ depth: 2, slug: 'mere', text: 'Mere' }],
      },
    ],
    guides: [
      {
        id: 'guiden',
        data: page('Guiden', {
          ...versioned,
          purpose: 'p',
          prerequisites: [],
          roles: [],
          steps: [{ title: 'Et', text: 't' }],
          origin: ref('origins', 'egen'),
          checklist: [],
          pitfalls: [],
          phase: ref('phases', 'en'),
          methods: [ref('methods', 'samtale')],
        }),
      },
    ],
    methods: [
      { id: 'samtale', data: page('Samtale', { origin: ref('origins', 'egen') }) },
      {
        id: 'ubrugt',
        data: page('Ubrugt', { origin: ref('origins', 'anden'), audiences: ['praktiker'] }),
      },
    ],
    sources: [
      {
        id: 'kilde-a',
        data: page('Kilde A', {
          institution: 'Inst',
          documentTitle: 'Dok',
          documentType: 'Rapport',
        }),
      },
    ],
    theoryOfChange: [
      {
        id: 'teori',
        data: {
          title: 'Teori',
          summary: 'Om teorien.',
          linkText: 'Se teorien',
          caption: 'c',
          sources: [],
          updated: '2026-01-01',
          nodes: [],
          edges: [],
        },
      },
    ],
  });
});

describe('getFindingPage', () => {
  it('resolves the origin and phase and lists the fixed parts before the body headings', async () => {
    const entries = (await import('astro:content')).getCollection('findings');
    const finding = (await entries).find((entry) => entry.id === 'foerste-fund')!;
    const data = await getFindingPage(finding as never);
    expect(data.origin.data.name).toBe('Egen indsats');
    expect(data.phase?.id).toBe('en');
    // The statement is the lead; only parts the source fills get a section, the rest a line in the box.
    expect(data.frame.lead).toBe('Udsagnet.');
    expect(data.frame.leadId).toBe('udsagn');
    expect(data.toc.map((heading) => heading.slug)).toEqual([
      'kontekst',
      'kildegrundlag',
      'ikke-oplyst-i-kilderne',
      'mere',
      'citer',
      'aendringslog',
    ]);
    expect(data.gaps.lines.map((line) => line.id)).toEqual([
      'mekanisme',
      'resultat',
      undefined,
      undefined,
    ]);
    expect(data.gaps.lines.map((line) => line.text).slice(2)).toEqual([
      'Kilderne svarer ikke på spørgsmålene.',
      expect.stringContaining('redaktionens kobling'),
    ]);
    expect(data.evidence).toEqual({ type: 't', strength: 's' });
    expect(data.frame.title).toBe('F01: Første fund');
    expect(data.frame.trail.map((crumb) => crumb.href)).toEqual(['/', '/resultater/']);
    expect(data.citation.fileBase).toBe('/citat/resultater/foerste-fund');
  });
});

describe('getMethodPage', () => {
  it('finds the phases and guides that use the method', async () => {
    const method = (await (await import('astro:content')).getEntry('methods', 'samtale'))!;
    const data = await getMethodPage(method as never);
    expect(data.phases.map((link) => [link.phase.id, link.editorial])).toEqual([['en', false]]);
    expect(data.guides.map(({ entry }) => entry.id)).toEqual(['guiden']);
    // No editorial link, no gaps of its own: no box; the guide that holds the steps comes first.
    expect(data.toc.map((heading) => heading.slug)).toEqual(['vejledninger', 'faser']);
  });

  it('leaves out the related sections of a method nothing uses', async () => {
    const method = (await (await import('astro:content')).getEntry('methods', 'ubrugt'))!;
    const data = await getMethodPage(method as never);
    expect(data.toc).toEqual([]);
    expect(data.origin.data.primary).toBe(false);
  });
});

describe('getPhasePage', () => {
  it('orders the phases, finds its neighbours and its findings, and keeps each method with its mark', async () => {
    const phase = (await (await import('astro:content')).getEntry('phases', 'en'))!;
    const data = await getPhasePage(phase as never);
    expect(data.phases.map((p) => p.id)).toEqual(['en', 'to', 'tre']);
    expect(data.previous).toBeUndefined();
    expect(data.next?.id).toBe('to');
    expect(data.findings.map(({ entry }) => entry.id)).toEqual(['foerste-fund']);
    expect(data.methods.map(({ method, editorial }) => [method.id, editorial])).toEqual([
      ['samtale', false],
    ]);
    expect(data.toc.at(-1)?.slug).toBe('resultater');
    // Empty lists are not rendered; their anchors land on the lines of the box that name the gap.
    expect([...data.shown]).toEqual(['metoder', 'vejledninger']);
    expect(data.gaps.lines.map((line) => line.id)).toEqual([
      'aktiviteter',
      'leverancer',
      undefined,
    ]);
  });
});

describe('getGuidePage', () => {
  it('resolves the phase and the methods', async () => {
    const guide = (await (await import('astro:content')).getEntry('guides', 'guiden'))!;
    const data = await getGuidePage(guide as never);
    expect(data.phase.id).toBe('en');
    expect(data.methods.map(({ entry }) => entry.id)).toEqual(['samtale']);
    // The task first: purpose, the one filled list, then the box, the related pages and the log.
    expect(data.toc.map((heading) => heading.slug)).toEqual([
      'formaal',
      'trin',
      'ikke-oplyst-i-kilderne',
      'relateret',
      'aendringslog',
    ]);
    expect(data.gaps.lines.map((line) => line.id).filter(Boolean)).toEqual([
      'roller',
      'forudsaetninger',
      'tjekliste',
      'faldgruber',
    ]);
  });
});

describe('articleFrame', () => {
  it('hands the page’s keywords on to the search index, and none when it has none', () => {
    const keyworded = page('Guiden', { keywords: ['brugerinddragelse', 'borgerinddragelse'] });
    expect(articleFrame('guides', keyworded as never).keywords).toEqual([
      'brugerinddragelse',
      'borgerinddragelse',
    ]);
    expect(articleFrame('guides', page('Guiden') as never).keywords).toEqual([]);
  });
});

describe('getModelPage', () => {
  it('counts the phases and dimensions in its headings and links the theory of change', async () => {
    const data = await getModelPage();
    expect(data.headings.phases).toBe('De tre faser');
    expect(data.headings.dimensions).toBe('Modellen i to dimensioner');
    expect(data.dimensions.map((d) => d.id)).toEqual(['maalgruppe', 'oekonomi']);
    expect(data.toc.slice(0, 2).map((heading) => heading.slug)).toEqual([
      'fem-dimensioner',
      'ikke-oplyst-i-kilderne',
    ]);
    expect(data.theory).toEqual({
      href: '/model/teori/',
      linkText: 'Se teorien',
      summary: 'Om teorien.',
    });
    expect(data.frame.trail).toEqual([{ label: 'Forside', href: '/' }]);
  });
});

describe('getOriginOverview', () => {
  it('groups the findings by origin, the site’s own first, with counts and marks', async () => {
    const data = await getOriginOverview('findings');
    expect(data.groups.map((g) => [g.id, g.heading, g.count])).toEqual([
      ['egen', 'Egen indsats', 'ét resultat'],
      ['anden', 'Fra en anden proces', 'ét resultat'],
    ]);
    expect(data.groups.map((g) => g.entries.map((e) => [e.label, e.origin]))).toEqual([
      [['F01', '']],
      [['F02', 'Anden proces']],
    ]);
  });
});

describe('getAudiencePages', () => {
  it('opens with the featured pages and groups the reader’s own entries by origin and type', async () => {
    const pages = await getAudiencePages();
    const practitioner = pages.find((p) => p.audience === 'praktiker')!;
    expect(practitioner.path).toBe('/for/praktiker/');
    expect(practitioner.featured).toEqual([
      { href: '/metoder/samtale/', title: 'Samtale', why: 'Derfor.', origin: '' },
    ]);
    expect(practitioner.origins.map((o) => [o.id, o.lists.map((l) => [l.id, l.count])])).toEqual([
      ['anden', [['anden-metoder', 'én metode']]],
    ]);
    // The types this reader has nothing of keep their anchors, on the box of gaps.
    expect(practitioner.gaps.formerAnchors).toEqual(['vejledninger', 'metoder', 'resultater']);
    expect(practitioner.gaps.lines).toEqual([{ text: 'Kilderne siger intet om prisen.' }]);
    expect(practitioner.evidence).toEqual([]);
  });

  it('gives the reader who cites a table of every finding with its evidence and short address', async () => {
    const pages = await getAudiencePages();
    const ministry = pages.find((p) => p.audience === 'ministerium-og-forskning')!;
    expect(ministry.evidence.map((row) => [row.id, row.type, row.shortPath, row.citeHref])).toEqual(
      [
        ['F01', 't', '/resultater/f01/', '/resultater/foerste-fund/#citer'],
        ['F02', 'Egen beskrivelse.', '/resultater/f02/', '/resultater/andet-fund/#citer'],
      ],
    );
  });

  it('stops the build when a featured page does not exist, naming the file and the field', async () => {
    const { siteText } = await import('../../src/site.config.ts');
    const kommune = siteText.audiences.kommune;
    const saved = kommune.featured;
    kommune.featured = [{ href: '/findes-ikke/', why: 'x' }];
    try {
      await expect(getAudiencePages()).rejects.toThrow(
        'content/site.yaml: audiences.kommune.featured.0.href',
      );
    } finally {
      kommune.featured = saved;
    }
  });
});
