import { setFlagsFromString } from 'node:v8';

/**
 * V8 flags the API gives itself as it starts, so that every way of starting it (npm start, the Docker image,
 * the benchmarks) has them: NODE_OPTIONS carries the heap's size but refuses these.
 *
 * No allocation-site pretenuring. V8 watches how many objects made at each place in the code survive young
 * collections; when a burst survives (an import's rows held while a chunk waits for the database), it starts
 * making that place's objects directly in the old generation, and an import's rows are garbage a moment later,
 * so the old generation fills and is collected in full every half second. An API process that fell into that
 * spent 10-12 µs of CPU per imported row instead of 5-6 (12-14 full collections per 500,000-row import
 * against 2-4), and stayed there for its whole life: the import benchmark's two levels (bench/README.md).
 * Without pretenuring every process ran at the fast level. Nothing the API keeps for long is made in bulk, so
 * nothing is lost. V8 reads the flag at each collection, so setting it at start-up takes effect
 * (heap-settings.spec.ts checks that this Node still honours it).
 */
export const HEAP_FLAGS = ['--no-allocation-site-pretenuring'] as const;

export function applyHeapSettings(): void {
  for (const flag of HEAP_FLAGS) setFlagsFromString(flag);
}
