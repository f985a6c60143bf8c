// For `node --import`: maps `astro:content`, a virtual module inside Astro, to the shim outside it.
import { registerHooks } from 'node:module';

const SHIM = new URL('./astro-content-shim.ts', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'astro:content') return { url: SHIM, shortCircuit: true };
    return nextResolve(specifier, context);
  },
});
