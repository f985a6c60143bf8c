import type { AstroIntegration } from 'astro';
import { placeholderSettings } from '../site.config.ts';

/**
 * Integration that warns at build time while the site identity still holds placeholders,
 * so a deployment never goes out with them unnoticed.
 */
export function placeholderWarning(): AstroIntegration {
  return {
    name: 'placeholder-warning',
    hooks: {
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
