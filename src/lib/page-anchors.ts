/**
 * The anchors every page of a kind has, whatever its body says; the layouts render these ids.
 * The content check uses them to tell whether a link's #anchor exists, and a build test
 * proves that every listed anchor really is on every page of its kind.
 */
export const FIXED_ANCHORS: Record<string, readonly string[]> = {
  model: ['maalgruppe', 'principper', 'partnerskabet', 'forandringsteori', 'faser', 'fem-dimensioner', 'ikke-oplyst-i-kilderne', 'kilder'],
  phases: ['formaal', 'aktiviteter', 'leverancer', 'metoder', 'vejledninger', 'kilder'],
  findings: ['udsagn', 'kontekst', 'mekanisme', 'resultat', 'citer', 'aendringslog', 'kilder'],
  guides: ['formaal', 'forudsaetninger', 'roller', 'trin', 'tjekliste', 'faldgruber', 'relateret', 'aendringslog', 'kilder'],
  methods: ['kilder'],
  sources: ['citer', 'kilder'],
  pages: ['kilder'],
};
