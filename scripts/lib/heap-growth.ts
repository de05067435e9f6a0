// How far the JavaScript heap may grow between full garbage collections. V8's own rule lets it grow up to
// four times what survived the last one when the machine has memory to spare: a 4,000-article build held
// about 500 MB of live data and peaked at 1.8 GB, most of it garbage not yet collected. Bounded growth
// keeps the peak near the live data for a few percent more time in the collector.
import v8 from 'node:v8';
import vm from 'node:vm';

/** The heap grows by at most this share of the live data before the next full collection. */
export const HEAP_GROWING_PERCENT = 40;

/**
 * Sets the bound for this process and its worker threads. V8 reads the flag each time it sets the next
 * collection's limit, so setting it once the process runs takes effect from the next collection on.
 */
export function boundHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}

let collector: (() => void) | null = null;

/**
 * A full garbage collection now. Called once a stage has let go of a large part of the heap (site.ts, before
 * the render): V8 sets the next collection's limit from what survived the last one, which was measured while
 * that part was still live, so without this the heap may grow by the size of what was let go before it is
 * collected (at 10,000 articles, about 300 MB at the start of the render).
 */
export function collectGarbage(): void {
  if (!collector) {
    // The collector is exposed to a new context only: the program's own global stays as it was.
    v8.setFlagsFromString('--expose-gc');
    collector = vm.runInNewContext('gc') as () => void;
  }
  collector();
}
