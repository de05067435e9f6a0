// How far the JavaScript heap may grow between full garbage collections. V8's own rule lets it grow up to
// four times what survived the last one when the machine has memory to spare: a 4,000-article build held
// about 500 MB of live data and peaked at 1.8 GB, most of it garbage not yet collected. Bounded growth
// keeps the peak near the live data for a few percent more time in the collector.
import v8 from 'node:v8';

/** The heap grows by at most this share of the live data before the next full collection. */
export const HEAP_GROWING_PERCENT = 40;

/**
 * Sets the bound for this process and its worker threads. V8 reads the flag each time it sets the next
 * collection's limit, so setting it once the process runs takes effect from the next collection on.
 */
export function boundHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
