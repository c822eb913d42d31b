import DataLoader from 'dataloader';
import type { GraphqlContext } from './graphql-context';

/**
 * Returns the request's DataLoader for `key`, creating it on first use, so that
 * features batch their own lookups without a central loader registry.
 */
export function loaderFor<K, V>(
  context: GraphqlContext,
  key: string,
  batch: (keys: readonly K[]) => Promise<(V | Error)[]>,
): DataLoader<K, V> {
  let loader = context.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch);
    context.loaders.set(key, loader);
  }
  return loader;
}
