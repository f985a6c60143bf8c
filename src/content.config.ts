import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { AUDIENCES } from './lib/audiences.ts';
import { contentDir } from './lib/content-dir.ts';
import { CONTENT_TYPES, type CollectionName } from './content-types.ts';
import { THEORY_COLUMNS, THEORY_KINDS } from './lib/theory-of-change.ts';

/** Loads one collection from its registry folder under content/ (or CONTENT_DIR's); drafts are dropped later, in src/lib/content.ts. */
function folder(name: CollectionName) {
  const { folder: path, extensions } = CONTENT_TYPES[name];
  // A brace list of one does not expand in glob patterns, so a single type is written plainly.
  const types = extensions.length === 1 ? extensions[0] : `{${extensions.join(',')}}`;
  return glob({ pattern: `**/*.${types}`, base: `${contentDir()}/${path}` });
}

/** True when a YYYY-MM-DD text names a real day (not 2026-02-30). */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * A calendar date written as YYYY-MM-DD; anything else is an author's mistake.
 * YAML reads an unquoted date as a Date, so it is turned back into the same text.
 */
const isoDate = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime())
      ? value.toISOString().slice(0, 10)
      : value,
  z
    .string({ error: 'Datoen skal skrives ÅÅÅÅ-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Datoen skal skrives ÅÅÅÅ-MM-DD', abort: true })
    .refine(isCalendarDate, 'Datoen findes ikke i kalenderen'),
);

/** A place in a source document that backs a statement. */
export const sourceCitation = z.object({
  /** The source document, by its slug in content/sources/. */
  source: reference('sources'),
  /** Where in the source: a section heading or passage, in Danish. */
  locator: z.string().min(1),
});

/** One dated line of a change log. */
export const changeLogEntry = z.object({
  /** When the change was published. */
  date: isoDate,
  /** What changed, in Danish. */
  note: z.string().min(1),
  /** True when the change corrects an error rather than adding or rewording. */
  correction: z.boolean().default(false),
  /** The version the change made, such as 1.1; `npm run release` writes it. */
  version: z
    .string()
    .regex(/^\d+\.\d+$/, 'Versionen skrives som 1.0')
    .optional(),
});

const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Id skrives med små bogstaver, tal og bindestreger');

/** A former address of a page, such as `/resultater/gammelt-navn/`; it becomes a redirect. */
const formerPath = z
  .string()
  .regex(
    /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)+$/,
    'En tidligere adresse skrives som /mappe/navn/ med små bogstaver, tal og bindestreger',
  );

/** Fields every entry that becomes a page has. */
export const pageBase = z.object({
  /** The page title and its only h1. */
  title: z.string().min(1),
  /** One or two plain sentences shown under the title and in lists. */
  summary: z.string().min(1),
  /** Who the page is for; at least one of the three readers. */
  audiences: z.array(z.enum(AUDIENCES)).min(1),
  /** The source documents the page rests on, with locators. */
  sources: z.array(sourceCitation).default([]),
  /** The date shown as "Sidst opdateret". */
  updated: isoDate,
  /** Drafts show in `astro dev` and never in a production build. */
  draft: z.boolean().default(false),
  /** Former addresses of the page; each keeps working as a redirect to the current one. */
  aliases: z.array(formerPath).default([]),
  /** What a reader looks for here that the sources do not tell, one short line each; shown once, in one box. */
  gaps: z.array(z.string().min(1)).default([]),
  /** Ids of sections that were removed; each keeps resolving, to the page's box of gaps. */
  formerAnchors: z.array(slugId).default([]),
  /** Words readers search with that the page does not use, such as »brugerinddragelse«; indexed, not shown. */
  keywords: z.array(z.string().min(1)).default([]),
});

/** Fields for entries that are published, versioned and cited. */
const versioned = pageBase.extend({
  /** The date the entry was first published. */
  published: isoDate,
  /** The entry's version, raised with each change log line. */
  version: z.string().regex(/^\d+\.\d+$/, 'Versionen skrives som 1.0'),
  /** Every published change, newest first. */
  changelog: z.array(changeLogEntry).default([]),
});

/** A method linked to a phase, marked when the link is the editors' own. */
const phaseMethod = z.object({
  /** The method, by its slug in content/methods/. */
  method: reference('methods'),
  /** True when the source does not link the method to the phase outright. */
  editorial: z.boolean().default(true),
});

/** How fully the sources describe one dimension of the model; nothing is graded beyond that. */
export const DIMENSION_STATES = ['beskrevet', 'delvist-beskrevet', 'ikke-beskrevet'] as const;

export const modelSchema = pageBase.extend({
  /** The dimensions an intervention is described in (Vidensportalen uses five), opening the page. */
  dimensions: z
    .array(
      z.object({
        /** The dimension's name; its slug is its anchor, such as `#maalgruppe`. */
        name: z.string().min(1),
        /** How fully the sources describe it. */
        state: z.enum(DIMENSION_STATES),
        /** One line on what the sources say, or that they say nothing. */
        text: z.string().min(1),
      }),
    )
    .min(1),
  /** The principles the treatment rests on; a name alone where the source gives no more. */
  principles: z.array(z.object({ name: z.string().min(1), text: z.string().default('') })).min(1),
  /** Who took part and in what role; only the partners are called partners. */
  partnership: z.array(z.object({ partner: z.string(), role: z.string() })).min(1),
});

export const phaseSchema = pageBase.extend({
  /** Position in the sequence, from 1. */
  order: z.number().int().positive(),
  /** Why the phase exists, as the source states it. */
  purpose: z.string().min(1),
  /** What was done in the phase, where a source says so. */
  activities: z.array(z.string()).default([]),
  /** What the phase produced, where a source says so. */
  outputs: z.array(z.string()).default([]),
  /** Methods used in the phase. */
  methods: z.array(phaseMethod).default([]),
  /** Guides that help carry out the phase. */
  guides: z.array(reference('guides')).default([]),
});

/** The kind of evidence and how strong it is, stated honestly. */
const evidence = z.object({ type: z.string().min(1), strength: z.string().min(1) });

/** The realist questions the evaluation set out to answer. */
export const REALIST_QUESTIONS = [
  'hvad-virker',
  'for-hvem',
  'hvorfor-og-hvordan',
  'under-hvilke-omstaendigheder',
] as const;

export const findingSchema = versioned.extend({
  /** The passages the finding rests on, each with the source's own words. */
  sources: z
    .array(
      sourceCitation.extend({
        /** The source's sentences, word for word, with […] where words are left out. */
        quote: z.string().min(1),
      }),
    )
    .min(1),
  /** Permanent id, F01, F02 …; never reused or changed. */
  id: z.string().regex(/^F\d{2,}$/, 'Id skrives som F01'),
  /** The finding in one plain-language sentence. */
  statement: z.string().min(1),
  /** Which process the finding comes from, by its slug in content/origins/. */
  origin: reference('origins'),
  /** The realist questions the source answers with this finding; none where it answers none. */
  realistQuestions: z.array(z.enum(REALIST_QUESTIONS)).default([]),
  /** Context, where the source describes it; empty means it does not. */
  context: z.string().default(''),
  /** Mechanism, where the source describes it; empty means it does not. */
  mechanism: z.string().default(''),
  /** Outcome, where the source describes it; empty means it does not. */
  outcome: z.string().default(''),
  /** The kind of evidence and how strong it is; left out, the origin's applies. */
  evidence: evidence.optional(),
  /** The phase the finding belongs to, when it belongs to one. */
  phase: reference('phases').optional(),
});

export const guideSchema = versioned.extend({
  /** Which process the guide builds on, by its slug in content/origins/. */
  origin: reference('origins'),
  /** What the guide helps a municipality do. */
  purpose: z.string().min(1),
  /** What should be in place before starting. */
  prerequisites: z.array(z.string()).default([]),
  /** Who does what. */
  roles: z.array(z.object({ role: z.string(), task: z.string() })).default([]),
  /** The steps, in order. */
  steps: z.array(z.object({ title: z.string(), text: z.string() })).min(1),
  /** Short checks before and after. */
  checklist: z.array(z.string()).default([]),
  /** What tends to go wrong, as the sources suggest. */
  pitfalls: z.array(z.string()).default([]),
  /** The phase the guide belongs to. */
  phase: reference('phases'),
  /** Methods the guide puts to use. */
  methods: z.array(reference('methods')).default([]),
});

export const methodSchema = pageBase.extend({
  /** Which process the method was used in, by its slug in content/origins/. */
  origin: reference('origins'),
});

export const sourceSchema = pageBase.extend({
  /**
   * The institution behind the document, its most specific unit: the author in citations,
   * instead of any person. Reference managers read a comma as »Last, First«, so none is allowed.
   */
  institution: z
    .string()
    .min(1)
    .refine(
      (name) => !name.includes(','),
      'Institutionen skrives uden komma, som er et referenceværktøjs tegn på »Efternavn, Fornavn«; den overordnede myndighed skrives i parentInstitution',
    ),
  /** The body the unit belongs to, such as »Københavns Kommune«: the publisher in citations. */
  parentInstitution: z.string().min(1).optional(),
  /** The document's own title, exactly as it stands on the document, for citations. */
  documentTitle: z.string().min(1),
  /** The document's date, when it has one. */
  date: isoDate.optional(),
  /** The case number, when it has one. */
  caseNumber: z.string().optional(),
  /** The document number, when it has one. */
  documentNumber: z.string().optional(),
  /** What kind of document it is. */
  documentType: z.string().min(1),
});

/** An earlier version of a versioned entry, as it was published; never edited afterwards. */
export const versionSchema = z.object({
  /** The entry's title in that version. */
  title: z.string().min(1),
  /** The version number, such as 1.0. */
  version: z.string().regex(/^\d+\.\d+$/, 'Versionen skrives som 1.0'),
  /** The day the version was published. */
  date: isoDate,
});

export const glossarySchema = z.object({
  /** The term as written in running text. */
  term: z.string().min(1),
  /** A short definition in plain Danish. */
  definition: z.string().min(1),
  /** Whether the definition comes from a source or from plain standard usage. */
  basis: z.enum(['kilde', 'almindelig-sprogbrug']),
  /** The sources that use the term. */
  sources: z.array(sourceCitation).default([]),
  /** When the definition last changed. */
  updated: isoDate,
  /** Drafts show in `astro dev` and never in a production build. */
  draft: z.boolean().default(false),
});

/** Fields every figure drawn from data has. */
const figureBase = z.object({
  /** The figure's heading. */
  title: z.string().min(1),
  /** What the figure shows and where it comes from; for an arrangement, that it is the editors'. */
  caption: z.string().min(1),
  /** The sources the figure rests on. */
  sources: z.array(sourceCitation).min(1),
  /** When the figure last changed. */
  updated: isoDate,
});

export const theoryOfChangeSchema = figureBase
  .extend({
    /** One or two sentences under the page title, and beside the link to it from the model. */
    summary: z.string().min(1),
    /** The words of the link to the figure from the model page. */
    linkText: z.string().min(1),
    /** The boxes, each in one column (values stand apart, in no column). */
    nodes: z
      .array(
        z.object({
          /** Stable id, used by edges. */
          id: slugId,
          /** The column the box stands in; values have none. */
          column: z.enum(THEORY_COLUMNS).optional(),
          /** What kind of statement the box is. */
          kind: z.enum(THEORY_KINDS),
          /** The box's text. */
          label: z.string().min(1),
          /** The page that explains it. */
          href: z
            .string()
            .regex(/^\/[a-z0-9/#-]*$/, 'Linket skal være en adresse på webstedet, fx /model/'),
        }),
      )
      .min(1),
    /** Arrows; an assumption only where a source states one. */
    edges: z
      .array(z.object({ from: slugId, to: slugId, assumption: z.string().optional() }))
      .default([]),
  })
  .superRefine((data, ctx) => {
    const ids = new Set(data.nodes.map((node) => node.id));
    data.edges.forEach((edge, index) => {
      for (const end of ['from', 'to'] as const) {
        if (!ids.has(edge[end]))
          ctx.addIssue({
            code: 'custom',
            path: ['edges', index, end],
            message: `Boksen "${edge[end]}" findes ikke i nodes`,
          });
      }
    });
    data.nodes.forEach((node, index) => {
      if ((node.kind === 'vaerdi') !== (node.column === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['nodes', index, 'column'],
          message: 'En værdi står uden kolonne; alle andre bokse skal have en kolonne',
        });
      }
    });
  });

export const sequenceSchema = figureBase.extend({
  /** The steps, in order; each number is the source's own. */
  steps: z.array(z.object({ label: z.string().min(1), detail: z.string().default('') })).min(2),
});

/** A process that content comes from, told apart wherever a reader meets it. */
export const originSchema = z.object({
  /** The process's name, as readers see it beside a finding or method. */
  name: z.string().min(1),
  /** The heading its entries are grouped under in lists. */
  group: z.string().min(1),
  /** The short mark on each of its entries in lists and search results; empty for the site's own. */
  label: z.string().default(''),
  /** True for the site's own intervention; its pages carry no origin note and its group comes first. */
  primary: z.boolean().default(false),
  /** The note shown on pages from a different process; empty for the site's own. */
  note: z.string().default(''),
  /** What findings from the process add to the note. */
  findingNote: z.string().default(''),
  /** The line a finding's box of gaps adds when the finding answers none of the evaluation's questions. */
  unansweredQuestions: z.string().default(''),
  /** The evidence of every finding from the process that does not state its own. */
  evidence: evidence.optional(),
});

export const collections = {
  model: defineCollection({ loader: folder('model'), schema: modelSchema }),
  phases: defineCollection({ loader: folder('phases'), schema: phaseSchema }),
  findings: defineCollection({ loader: folder('findings'), schema: findingSchema }),
  guides: defineCollection({ loader: folder('guides'), schema: guideSchema }),
  methods: defineCollection({ loader: folder('methods'), schema: methodSchema }),
  sources: defineCollection({ loader: folder('sources'), schema: sourceSchema }),
  glossary: defineCollection({ loader: folder('glossary'), schema: glossarySchema }),
  pages: defineCollection({ loader: folder('pages'), schema: pageBase }),
  theoryOfChange: defineCollection({
    loader: folder('theoryOfChange'),
    schema: theoryOfChangeSchema,
  }),
  sequences: defineCollection({ loader: folder('sequences'), schema: sequenceSchema }),
  origins: defineCollection({ loader: folder('origins'), schema: originSchema }),
  versions: defineCollection({ loader: folder('versions'), schema: versionSchema }),
};
