import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/cli/corpus/sidecars/csv';
import { parseSourcesCsv } from '../../../src/cli/corpus/sidecars/sources-csv';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, line breaks in quotes, CRLF and a last row without newline', () => {
    expect(parseCsv('a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n1,,3')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
      ['1', '', '3'],
    ]);
  });

  it('uses ";" when the header row has semicolons and no commas', () => {
    expect(parseCsv('file;title\na.txt;Talks, day one\n')).toEqual([['file', 'title'], ['a.txt', 'Talks, day one']]);
  });
});

describe('sources.csv', () => {
  it('maps columns by header name, in any order and case, ignoring unknown ones and blank rows', () => {
    const r = parseSourcesCsv('\uFEFFPublished,File,Notes,Title,URL,Author\n2022-01-10,a.txt,x,"Talks, day one",https://e.org/a,Jane\n,,,,,\n,b.txt,,,,\n', 'd/sources.csv');
    expect(r.problems).toEqual([]);
    expect([...r.byFile]).toEqual([
      ['a.txt', { title: 'Talks, day one', url: 'https://e.org/a', author: 'Jane', published: '2022-01-10' }],
      ['b.txt', { title: undefined, url: null, author: null, published: null }],
    ]);
  });

  it('reports rows without a file name, a file named twice, and a missing "file" column', () => {
    expect(parseSourcesCsv('file,title\n,No file\na.txt,A\na.txt,Again\n', 's.csv').problems.map((p) => p.problem)).toEqual([
      'row 2 has no file name; row ignored',
      'row 4 names "a.txt" a second time; row ignored',
    ]);
    expect(parseSourcesCsv('name,title\na.txt,A\n', 's.csv').problems).toEqual([
      { file: 's.csv', problem: 'has no "file" column in its header row (expected columns: file,title,url,published,author); its metadata is ignored', severity: 'warning' },
    ]);
  });
});
