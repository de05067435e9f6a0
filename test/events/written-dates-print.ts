// Prints the sweep of written dates: npx tsx test/events/written-dates-print.ts
import { CASES, eventsOf, matches, show } from './written-dates.cases.ts';

let fail = 0;
for (const [name, text, pub, exp] of CASES) {
  const events = eventsOf(text, pub);
  const ok = matches(events, exp);
  if (!ok) fail++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${show(events)}${ok ? '' : '   want ' + JSON.stringify(exp)}`);
}
console.log(`\n${CASES.length} constructions, ${fail} failed`);
