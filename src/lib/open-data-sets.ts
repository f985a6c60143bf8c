import { z } from 'astro/zod';

// The open data's shapes: one Zod schema per data file, in Danish field names, from which its
// JSON Schema is made, so the file and its schema cannot disagree. Kept apart from the records,
// so tests and tools can read the shapes without the content layer.

const url = z.string().describe('Fuld adresse på webstedet');
const source = z.object({
  titel: z.string().describe('Kildedokumentets titel'),
  sted: z.string().describe('Hvor i kilden'),
  citat: z
    .string()
    .optional()
    .describe('Kildens egne ord, som resultatet bygger på, ordret; […] markerer udeladelser'),
  adresse: url,
});

const finding = z.object({
  id: z.string().describe('Fast id, F01, F02 …'),
  titel: z.string(),
  udsagn: z.string().describe('Resultatet i én sætning'),
  oprindelse: z.string().describe('Den proces, resultatet stammer fra'),
  evidenstype: z.string(),
  evidensstyrke: z.string(),
  version: z.string(),
  udgivet: z.string().describe('ÅÅÅÅ-MM-DD'),
  opdateret: z.string().describe('ÅÅÅÅ-MM-DD'),
  kortAdresse: url,
  adresse: url,
  versionsadresse: url.describe(
    'Den nuværende versions egen side, som altid viser netop den version',
  ),
  kilder: z.array(source),
});
const guide = z.object({
  titel: z.string(),
  resume: z.string(),
  formaal: z.string(),
  oprindelse: z.string(),
  version: z.string(),
  udgivet: z.string(),
  opdateret: z.string(),
  trin: z.array(z.object({ titel: z.string(), tekst: z.string() })),
  adresse: url,
  kilder: z.array(source),
});
const method = z.object({
  titel: z.string(),
  resume: z.string(),
  oprindelse: z.string(),
  adresse: url,
  kilder: z.array(source),
});
const term = z.object({
  ord: z.string(),
  forklaring: z.string(),
  grundlag: z.enum(['kilde', 'almindelig-sprogbrug']),
  adresse: url,
});
const theory = z.object({
  titel: z.string(),
  forbehold: z.string().describe('Hvad figuren er, og hvad den ikke er'),
  bokse: z.array(
    z.object({
      id: z.string(),
      kolonne: z.string().optional(),
      type: z.string(),
      tekst: z.string(),
      adresse: url,
    }),
  ),
  pile: z.array(z.object({ fra: z.string(), til: z.string() })),
});

/** Each data file's name, its schema and its Danish description for /data/. */
export const DATA_SETS = {
  resultater: { schema: z.array(finding), title: 'Resultater' },
  vejledninger: { schema: z.array(guide), title: 'Vejledninger' },
  metoder: { schema: z.array(method), title: 'Metoder' },
  ordliste: { schema: z.array(term), title: 'Ordliste' },
  forandringsteori: { schema: z.array(theory), title: 'Forandringsteori' },
} as const;
export type DataSet = keyof typeof DATA_SETS;
