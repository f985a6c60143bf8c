// Stands in for Astro's virtual `astro:content` module when the content check runs in plain Node,
// so src/content.config.ts, the one place the schemas live, can be imported unchanged.
import { z } from 'astro/zod';

/** Astro's defineCollection only returns its argument. */
export function defineCollection<T>(config: T): T {
  return config;
}

/** Like Astro's reference(): an entry id in frontmatter becomes { collection, id }. */
export function reference(collection: string) {
  return z.string().transform((id) => ({ collection, id }));
}
