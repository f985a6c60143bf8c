import { z } from 'astro/zod';
import { AUDIENCES } from './audiences.ts';

const text = z.string().min(1, 'skal udfyldes');

/** One object per reader, each of the same shape. */
function perAudience<T extends z.ZodType>(shape: T) {
  return z.object(
    Object.fromEntries(AUDIENCES.map((a) => [a, shape])) as Record<(typeof AUDIENCES)[number], T>,
  );
}

/** What the sources do not tell, one line each, shown once in the page's box. */
const gaps = z.array(text).default([]);

/** An overview page's introduction and what the sources leave out of its subject. */
const overview = z.strictObject({ intro: text, gaps });

/** A reader's page under /for/. */
const audiencePage = z.strictObject({
  /** The introduction under the title. */
  intro: text,
  /** The two or three pages this reader most likely came for, each with why, in order. */
  featured: z
    .array(
      z.strictObject({
        /** The page's address on the site, such as /model/. */
        href: z.string().regex(/^\/[a-z0-9/#-]*$/, 'skal være en adresse på webstedet, fx /model/'),
        /** One line on why this reader wants it. */
        why: text,
      }),
    )
    .min(1, 'skal have mindst én side')
    .max(3, 'højst tre sider, så læseren ser det vigtigste først'),
  /** What this reader looks for that the sources do not tell. */
  gaps,
  /** Show the table of every finding with its evidence and how to cite it. */
  evidenceTable: z.boolean().default(false),
});

/** The texts in `<content>/site.yaml`: what makes the engine this intervention's site. */
export const siteTextSchema = z.strictObject({
  /** The site's name, in the header and every page title. */
  name: text,
  /** What the site is, in one line. */
  tagline: text,
  /** The front page's own texts. */
  home: z.strictObject({
    /** The paragraph under the model's summary. */
    intro: text,
    /** The words of the link to the model that ends it. */
    modelLink: text,
    /** What each reader finds behind their entry point. */
    audiences: perAudience(text),
  }),
  /** The introduction of each overview page, by collection. */
  overviews: z.strictObject({
    phases: overview,
    findings: overview,
    guides: overview,
    methods: overview,
    sources: overview,
    glossary: overview,
  }),
  /** Each reader's page under /for/. */
  audiences: perAudience(audiencePage),
  /** What `npm run new` fills in: a source, a phase and an origin that exist. */
  newEntry: z.strictObject({ source: text, phase: text, origin: text }),
});

/** The parsed site.yaml. */
export type SiteText = z.infer<typeof siteTextSchema>;
