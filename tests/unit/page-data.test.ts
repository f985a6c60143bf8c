import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ref, setCollections } from '../support/astro-content-mock.ts';

vi.mock('astro:content', () => import('../support/astro-content-mock.ts'));

const { getFindingPage } = await import('../../src/lib/page-data/finding.ts');
const { getMethodPage } = await import('../../src/lib/page-data/method.ts');
const { getPhasePage } = await import('../../src/lib/page-data/phase.ts');
const { getGuidePage } = await import('../../src/lib/page-data/guide.ts');
const { getModelPage } = await import('../../src/lib/page-data/model.ts');
const { getAudiencePages, getFindingOverview } =
  await import('../../src/lib/page-data/overview.ts');

const page = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  summary: `${title} kort.`,
  audiences: ['kommune'],
  sources: [{ source: ref('sources', 'kilde-a'), locator: 'Afsnit 1' }],
  updated: '2026-01-02',
  draft: false,
  aliases: [],
  ...extra,
});
const versioned = { published: '2026-01-01', version: '1.0', changelog: [] };

beforeEach(() => {
  setCollections({
    model: [
      {
        id: 'modellen',
        data: page('Modellen', {
          targetGroup: 'Alle',
          principles: [],
          partnership: [],
          dimensions: [
            { name: 'A', text: '' },
            { name: 'B', text: 'b' },
          ],
          notInSources: ['x'],
        }),
      },
    ],
    origins: [
      { id: 'egen', data: { name: 'Egen indsats', primary: true, note: '', findingNote: '' } },
      {
        id: 'anden',
        data: {
          name: 'En anden proces',
          primary: false,
          note: 'En anden proces.',
          findingNote: 'Ikke et resultat.',
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
          evidence: { type: 't', strength: 's' },
        }),
      },
      {
        id: 'foerste-fund',
        data: page('Første fund', {
          ...versioned,
          id: 'F01',
          statement: 's',
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
    expect(data.toc.map((heading) => heading.slug)).toEqual([
      'udsagn',
      'kontekst',
      'mekanisme',
      'resultat',
      'mere',
      'citer',
      'aendringslog',
    ]);
    expect(data.frame.title).toBe('F01: Første fund');
    expect(data.frame.trail.map((crumb) => crumb.href)).toEqual(['/', '/resultater/']);
    expect(data.citation.fileBase).toBe('/citat/resultater/foerste-fund');
  });
});

describe('getMethodPage', () => {
  it('finds the phases and guides that use the method', async () => {
    const method = (await (await import('astro:content')).getEntry('methods', 'samtale'))!;
    const data = await getMethodPage(method as never);
    expect(data.phases.map((phase) => phase.id)).toEqual(['en']);
    expect(data.guides.map((guide) => guide.id)).toEqual(['guiden']);
    expect(data.toc.map((heading) => heading.slug)).toEqual(['faser', 'vejledninger']);
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
    expect(data.findings.map((f) => f.id)).toEqual(['foerste-fund']);
    expect(data.methods.map(({ method, editorial }) => [method.id, editorial])).toEqual([
      ['samtale', false],
    ]);
    expect(data.toc.at(-1)?.slug).toBe('resultater');
  });
});

describe('getGuidePage', () => {
  it('resolves the phase and the methods', async () => {
    const guide = (await (await import('astro:content')).getEntry('guides', 'guiden'))!;
    const data = await getGuidePage(guide as never);
    expect(data.phase.id).toBe('en');
    expect(data.methods.map((m) => m.id)).toEqual(['samtale']);
  });
});

describe('getModelPage', () => {
  it('counts the phases and dimensions in its headings and links the theory of change', async () => {
    const data = await getModelPage();
    expect(data.headings.phases).toBe('De tre faser');
    expect(data.headings.dimensions).toBe('Modellen i to dimensioner');
    expect(data.theory).toEqual({
      href: '/model/teori/',
      linkText: 'Se teorien',
      summary: 'Om teorien.',
    });
    expect(data.frame.trail).toEqual([{ label: 'Forside', href: '/' }]);
  });
});

describe('getFindingOverview', () => {
  it('lists the findings by id with the name of the process each comes from', async () => {
    const data = await getFindingOverview();
    expect(data.entries.map((e) => [e.label, e.note])).toEqual([
      ['F01', 'Oprindelse: Egen indsats'],
      ['F02', 'Oprindelse: En anden proces'],
    ]);
  });
});

describe('getAudiencePages', () => {
  it('gives each reader only the entries written for them', async () => {
    const pages = await getAudiencePages();
    const practitioner = pages.find((p) => p.audience === 'praktiker')!;
    expect(practitioner.path).toBe('/for/praktiker/');
    expect(
      practitioner.groups.find((g) => g.id === 'metoder')?.entries.map((e) => e.title),
    ).toEqual(['Ubrugt']);
    expect(practitioner.groups.find((g) => g.id === 'vejledninger')?.entries).toEqual([]);
  });
});
