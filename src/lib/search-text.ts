import { CONTENT_TYPES } from '../content-types.ts';
import { t } from '../i18n/da.ts';

/**
 * The sentences and labels the search page's script writes. The page hands them over in an
 * attribute, so the script carries these few strings and not the whole Danish dictionary.
 * @example searchText().searching // 'Søger …'
 */
export function searchText() {
  return {
    searching: t('searchPage.searching'),
    failed: t('searchPage.failed'),
    resultOne: t('searchPage.resultOne'),
    resultMany: t('searchPage.resultMany'),
    filteredOne: t('searchPage.filteredOne'),
    filteredMany: t('searchPage.filteredMany'),
    none: t('searchPage.none'),
    noneFiltered: t('searchPage.noneFiltered'),
    phaseOne: t('searchPage.phaseLabel'),
    // The registry's plural, until the dictionary has one of its own for this label.
    phaseMany: CONTENT_TYPES.phases.name.many,
  };
}

/** What the search page's script reads from its `data-text` attribute. */
export type SearchText = ReturnType<typeof searchText>;
