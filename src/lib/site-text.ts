import { z } from 'astro/zod';
import { AUDIENCES } from './audiences.ts';

const text = z.string().min(1, 'skal udfyldes');
const perAudience = z.object(
  Object.fromEntries(AUDIENCES.map((a) => [a, text])) as Record<
    (typeof AUDIENCES)[number],
    typeof text
  >,
);

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
    audiences: perAudience,
  }),
  /** The introduction of each overview page, by collection. */
  overviews: z.strictObject({
    phases: text,
    findings: text,
    guides: text,
    methods: text,
    sources: text,
    glossary: text,
  }),
  /** The introduction of each reader's page under /for/. */
  audiences: perAudience,
  /** What `npm run new` fills in: a source, a phase and an origin that exist. */
  newEntry: z.strictObject({ source: text, phase: text, origin: text }),
});

/** The parsed site.yaml. */
export type SiteText = z.infer<typeof siteTextSchema>;
