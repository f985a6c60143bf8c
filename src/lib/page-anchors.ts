import { COLLECTIONS, CONTENT_TYPES, type CollectionName } from '../content-types.ts';

/**
 * The anchors every page of a kind has, whatever its body says, from the content-type registry.
 * The content check uses them to tell whether a link's #anchor exists, and a build test
 * proves that every listed anchor really is on every page of its kind.
 */
export const FIXED_ANCHORS = Object.fromEntries(
  COLLECTIONS.map((name) => [name, Object.values(CONTENT_TYPES[name].anchors) as string[]]),
) as unknown as Record<CollectionName, readonly string[]>;
