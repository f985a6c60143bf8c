import type { AstroIntegration } from 'astro';
import { isProductionBuild, missingIdentity, placeholderSettings } from '../site.config.ts';

/**
 * Integration that keeps placeholders off a real address: a build for one stops while the
 * publisher or the contact is not set, naming what to set; a local build only warns, and its
 * pages say they are a demo.
 */
export function placeholderWarning(): AstroIntegration {
  return {
    name: 'placeholder-warning',
    hooks: {
      'astro:config:setup': () => {
        const missing = missingIdentity();
        if (isProductionBuild() && missing.length > 0)
          throw new Error(
            `Webstedet bygges til en rigtig adresse (SITE_URL), men udgiveren eller kontakten er ikke angivet. Sæt ${missing.join(' og ')} (se README.md).`,
          );
      },
      'astro:build:done': ({ logger }) => {
        const missing = placeholderSettings();
        if (missing.length > 0) {
          const names = missing.join(', ');
          logger.warn(`Pladsholdere i webstedets identitet; sæt ${names} (se README.md).`);
        }
      },
    },
  };
}
