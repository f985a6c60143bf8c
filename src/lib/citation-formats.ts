// Kept free of imports so plain Node (the content check) can read it as well as the build.

/** The download formats of a citation, by file extension. */
export const CITATION_FORMATS = {
  ris: { name: 'RIS', mediaType: 'application/x-research-info-systems' },
  bib: { name: 'BibTeX', mediaType: 'application/x-bibtex' },
  json: { name: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json' },
} as const;

/** A download format's file extension. */
export type CitationExtension = keyof typeof CITATION_FORMATS;
