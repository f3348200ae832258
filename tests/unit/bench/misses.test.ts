import { describe, expect, it } from 'vitest';
import { collectMisses, formatMisses, textShape, valueShape } from '../../../bench/tempeval/misses';
import type { TimemlDocument } from '../../../bench/tempeval/timex';

const text = 'Sales fell in the third quarter, the company said Monday, and 1,200 jobs go by 2001.';
const doc: TimemlDocument = {
  id: 'doc1',
  dct: '1989-11-02',
  text,
  timexes: [
    { tid: 't1', start: 13, end: 30, text: 'the third quarter', type: 'DATE', value: '1989-Q3' },
    { tid: 't2', start: 50, end: 56, text: 'Monday', type: 'DATE', value: '1989-10-30' },
    { tid: 't3', start: 81, end: 85, text: '2001', type: 'DATE', value: '2001' },
  ],
};

describe('collectMisses', () => {
  const system = [
    { start: 17, end: 30, text: 'third quarter', type: 'DATE', value: '1989-Q3', rule: 'quarter' },
    { start: 50, end: 56, text: 'Monday', type: 'DATE', value: '1989-11-06', rule: 'weekday' },
    { start: 62, end: 67, text: '1,200', type: 'DATE', value: '1200', rule: 'bare-year' },
  ];
  const misses = collectMisses(doc, system);

  it('sorts each problem into its kind and group', () => {
    expect(misses.map((m) => [m.kind, m.group, m.gold?.tid ?? null, m.system?.text ?? null])).toEqual([
      ['wrong extent', 'DATE 9999-Q9', 't1', 'third quarter'],
      ['wrong value', 'DATE 9999-99-99', 't2', 'Monday'],
      ['missed', 'DATE 9999', 't3', null],
      ['spurious', '9,999', null, '1,200'],
    ]);
  });

  it('writes every case with its document, both sides and the span in context', () => {
    const report = formatMisses('Test', misses);
    expect(report).toContain(
      [
        '--- wrong value: DATE 9999-99-99 (1) ---',
        '  doc1 (DCT 1989-11-02)',
        '    gold "Monday" DATE 1989-10-30 @50-56 t2',
        '    ours "Monday" DATE 1989-11-06 @50-56 rule=weekday',
        '    Sales fell in the third quarter, the company said [[Monday]], and 1,200 jobs go by 2001.',
      ].join('\n'),
    );
    expect(report).toContain('  missed: 1\n       1  DATE 9999\n');
  });
});

describe('shapes', () => {
  it('generalise digits and keep letters', () => {
    expect(valueShape('1998-02-27T12:00')).toBe('9999-99-99T99:99');
    expect(valueShape('P3D')).toBe('P9D');
    expect(valueShape('PRESENT_REF')).toBe('PRESENT_REF');
    expect(textShape('Last  Year 1,200')).toBe('last year 9,999');
  });
});
