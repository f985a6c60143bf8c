// Node resolve hook: `astro:content` is a virtual module inside Astro; outside it, use the shim.
type Resolve = (specifier: string, context: unknown) => Promise<{ url: string }>;

export async function resolve(specifier: string, context: unknown, nextResolve: Resolve): Promise<{ url: string; shortCircuit?: boolean }> {
  if (specifier === 'astro:content') return { url: new URL('./astro-content-shim.ts', import.meta.url).href, shortCircuit: true };
  return nextResolve(specifier, context);
}
