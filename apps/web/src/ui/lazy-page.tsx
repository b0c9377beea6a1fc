import { lazy, Suspense, type ComponentType } from 'react';
import { Pending } from './problem';

/**
 * A page loaded only when first visited, so each workspace's first load carries its own pages and not the
 * others' (bench/workspaces measures it). The module's default export is the page.
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>) {
  const Page = lazy(load);
  return (
    <Suspense fallback={<Pending />}>
      <Page />
    </Suspense>
  );
}
