/** The precisions a timeline date can have; both file forms and the viewer share this list. */

/** How much of a date is known. Ordered from finest to coarsest in PRECISIONS. */
export type Precision =
  | 'day'
  | 'week'
  | 'month'
  | 'quarter'
  | 'season'
  | 'half'
  | 'year'
  | 'decade'
  | 'century';

export const PRECISIONS: readonly Precision[] = [
  'day',
  'week',
  'month',
  'quarter',
  'season',
  'half',
  'year',
  'decade',
  'century',
];
