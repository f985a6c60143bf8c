/**
 * An institution as readers see it in running text: the body first, then its unit, as in
 * »Københavns Kommune, Mål- og Rammekontoret for Voksne«. Citations name the unit as author
 * and the body as publisher instead (src/lib/citation-records.ts).
 * @example institutionName({ institution: 'Kontoret', parentInstitution: 'Kommunen' }) // 'Kommunen, Kontoret'
 */
export function institutionName(source: {
  institution: string;
  parentInstitution?: string | undefined;
}): string {
  return source.parentInstitution
    ? `${source.parentInstitution}, ${source.institution}`
    : source.institution;
}
