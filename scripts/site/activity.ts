// Event types grouped into the broad kinds of activity the summary's phases are named after and its chart
// stacks: a killing or a kidnapping is a violent attack, a release goes with the arrests, and so on. An
// event type the extraction does not know is "other".

/** Kind of activity of each event type. */
const ACTIVITY: Record<string, string> = {
  attack: 'attacks',
  strike: 'attacks',
  killing: 'attacks',
  kidnapping: 'attacks',
  arrest: 'arrests',
  release: 'arrests',
  threat: 'threats',
  statement: 'statements',
  meeting: 'talks',
  visit: 'talks',
  agreement: 'talks',
  deployment: 'deployments',
  protest: 'protests',
};

/** The kinds of activity in the order the chart stacks them (violence at the bottom). */
export const ACTIVITIES = ['attacks', 'arrests', 'threats', 'deployments', 'protests', 'talks', 'statements', 'other'] as const;

/** How the chart's legend and table name each kind. */
export const ACTIVITY_LABEL: Record<string, string> = {
  attacks: 'attacks and killings',
  arrests: 'arrests and releases',
  threats: 'threats',
  statements: 'statements',
  talks: 'talks, visits and agreements',
  deployments: 'deployments',
  protests: 'protests',
  other: 'other events',
};

/** Shorter names for phase titles ("Talks and threats, Oct–Nov 2020"). */
export const ACTIVITY_TITLE: Record<string, string> = {
  attacks: 'attacks',
  arrests: 'arrests',
  threats: 'threats',
  statements: 'statements',
  talks: 'talks',
  deployments: 'deployments',
  protests: 'protests',
  other: 'other events',
};

export const activityOf = (type: string): string => ACTIVITY[(type ?? '').trim()] ?? 'other';
