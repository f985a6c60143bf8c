// Registers the resolve hook that maps `astro:content` to the shim, for `node --import`.
import { register } from 'node:module';

register('./resolve-astro-content.ts', import.meta.url);
