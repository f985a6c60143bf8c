import AccessibilityStatementLink from './AccessibilityStatementLink.astro';
import PhaseJourney from './PhaseJourney.astro';
import ProcessSequence from './ProcessSequence.astro';
import SiteContact from './SiteContact.astro';
import TheoryOfChange from './TheoryOfChange.astro';

/** The components MDX authors may use without importing them; every layout passes these to <Content />. */
export const mdxComponents = {
  AccessibilityStatementLink,
  PhaseJourney,
  ProcessSequence,
  SiteContact,
  TheoryOfChange,
};
