/** A small timeline for the viewer's unit tests: three documents on two sites, mixed precisions. */
import { TIMELINE_SCHEMA, type EventDate, type Timeline, type TimelineEvent } from '../../../src/schema/timeline';

const text = 'Talks in Geneva on Monday ended. The 1997 Founding Act binds. Responses came on January 26. Nothing here.';

export function day(d: string, approximate = false): EventDate {
  const next = new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10);
  return { value: d, start: d, end: next, precision: 'day', approximate };
}

function event(id: string, label: string, date: EventDate, document: string, at: [number, number], salience?: number): TimelineEvent {
  return {
    id,
    label,
    date,
    sources: [{ document, passage: { start: at[0], end: at[1] }, mention: { start: at[0], end: at[0] + 1, text: text[at[0]]! } }],
    ...(salience === undefined ? {} : { salience }),
  };
}

export function sampleTimeline(): Timeline {
  return {
    schema: TIMELINE_SCHEMA,
    documents: [
      { id: 'a', file: 'a.txt', title: 'Alpha', published: '2022-01-11', url: 'https://www.news.example/a', text },
      { id: 'b', file: 'b.txt', title: 'Beta', published: '2022-02-02', url: 'https://news.example/b', text },
      { id: 'c', file: 'c.txt', title: 'Gamma', published: null, url: null, text },
    ],
    events: [
      event('responses', 'Written responses', day('2022-01-26'), 'b', [62, 90], 2),
      event('geneva', 'Talks end', day('2022-01-10'), 'a', [0, 32], 3),
      event('act', 'Founding Act', { value: '1997', start: '1997-01-01', end: '1998-01-01', precision: 'year', approximate: false }, 'a', [33, 61]),
      event('nineties', 'A decade', { value: '199', start: '1990-01-01', end: '2000-01-01', precision: 'decade', approximate: true }, 'c', [91, 104]),
      event('geneva-2', 'Geneva again', day('2022-01-10'), 'c', [0, 32], 1),
    ],
    unresolved: [],
    problems: [],
  };
}
