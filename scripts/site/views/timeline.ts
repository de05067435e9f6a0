// Timeline pages: events in date order, grouped by month (or year), each month on its own pages, and the
// /timeline/ index with each month's most reported events.
import type { SiteAnchors } from '../addresses.ts';
import { PAGE_LIMITS, paginate } from '../page-plan.ts';
import { byText } from './cards.ts';
import type { EventCard, SiteViews } from './types.ts';
import { pushTo } from '../list-map.ts';

export type TimelineViews = Pick<SiteViews, 'events' | 'timeline' | 'timelineMonths' | 'timelinePages'>;

export function timelineViews(cards: EventCard[], anchors: SiteAnchors): TimelineViews {
  const events = [...cards].sort((a, b) => byText(a.event.date, b.event.date) || byText(a.event.id, b.event.id));
  const months = new Map<string, EventCard[]>();
  for (const e of events) {
    const month = /^\d{4}(?:-\d{2})?/.exec(e.event.date)?.[0] ?? 'undated';
    pushTo(months, month, e);
  }
  const timelineMonths: SiteViews['timelineMonths'] = [];
  const timelinePages: SiteViews['timelinePages'] = [];
  for (const [month, list] of months) {
    const top = [...list]
      .sort((a, b) => b.event.independent_reports - a.event.independent_reports || byText(a.event.date, b.event.date) || byText(a.event.id, b.event.id))
      .slice(0, PAGE_LIMITS.monthTopEvents);
    timelineMonths.push({ month, url: anchors.monthHref(month), count: list.length, top });
    for (const p of paginate(list, PAGE_LIMITS.eventsPerPage, anchors.monthHref(month))) {
      timelinePages.push({ month, page: p.page, pages: p.pages, url: p.url, prev: p.prev, next: p.next, events: p.items });
    }
  }
  return { events, timeline: [...months].map(([month, list]) => ({ month, events: list })), timelineMonths, timelinePages };
}
