/**
 * Reads a TimeML (`.tml`) document the way the TempEval-3 scorer sees it: only the `<TEXT>`
 * element counts, every tag inside it is removed, XML entities are unescaped, whitespace is kept,
 * and each TIMEX3 becomes a span of that plain text. The DCT comes from `<DCT><TIMEX3 value>`.
 *
 * TimeML as distributed (TBAQ-cleaned) never nests TIMEX3 and has no CDATA or comments inside
 * `<TEXT>`; the reader rejects what it does not understand instead of guessing.
 */
import type { GoldTimex, TimemlDocument } from './timex';

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Unescapes the five XML entities and numeric character references. */
export function unescapeXml(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const named = NAMED_ENTITIES[name];
    if (named === undefined) throw new Error(`unknown XML entity ${whole}`);
    return named;
  });
}

/** Attributes of a start tag such as `<TIMEX3 tid="t1" type="DATE">`, values unescaped. */
export function readAttributes(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[m[1]!] = unescapeXml(m[2] ?? m[3] ?? '');
  }
  return attributes;
}

function innerOf(xml: string, element: string): string | null {
  const open = new RegExp(`<${element}(?:\\s[^>]*)?>`).exec(xml);
  if (!open) return null;
  const from = open.index + open[0].length;
  const to = xml.indexOf(`</${element}>`, from);
  return to < 0 ? null : xml.slice(from, to);
}

function readDct(xml: string, id: string): string {
  const dct = innerOf(xml, 'DCT');
  const tag = dct && /<TIMEX3\b[^>]*>/.exec(dct);
  const value = tag ? readAttributes(tag[0]).value : undefined;
  if (!value) throw new Error(`${id}: no <DCT><TIMEX3 value=...> found`);
  return value;
}

interface OpenTimex {
  start: number;
  attributes: Record<string, string>;
}

/** Strips the tags of a `<TEXT>` body, collecting TIMEX3 spans as offsets into the plain text. */
export function readTextBody(body: string, id: string): { text: string; timexes: GoldTimex[] } {
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: OpenTimex | null = null;
  let cursor = 0;
  for (const tag of body.matchAll(/<[^>]*>/g)) {
    text += unescapeXml(body.slice(cursor, tag.index));
    cursor = tag.index + tag[0].length;
    const markup = tag[0];
    if (markup.startsWith('<!') || markup.startsWith('<?')) throw new Error(`${id}: unsupported markup ${markup}`);
    if (/^<TIMEX3\b/.test(markup)) {
      if (open) throw new Error(`${id}: nested TIMEX3 at text offset ${text.length}`);
      open = { start: text.length, attributes: readAttributes(markup) };
      if (markup.endsWith('/>')) open = null; // empty (non-consuming) timexes have no span to score
    } else if (markup === '</TIMEX3>') {
      if (!open) throw new Error(`${id}: </TIMEX3> without a start tag at text offset ${text.length}`);
      const { start, attributes } = open;
      timexes.push({
        tid: attributes.tid ?? '',
        start,
        end: text.length,
        text: text.slice(start, text.length),
        type: attributes.type ?? '',
        value: attributes.value ?? '',
      });
      open = null;
    }
  }
  if (open) throw new Error(`${id}: TIMEX3 ${open.attributes.tid ?? ''} is never closed`);
  text += unescapeXml(body.slice(cursor));
  return { text, timexes };
}

/** Parses one `.tml` file's content. `id` names the document in messages and results. */
export function readTimeml(xml: string, id: string): TimemlDocument {
  const body = innerOf(xml, 'TEXT');
  if (body === null) throw new Error(`${id}: no <TEXT> element`);
  return { id, dct: readDct(xml, id), ...readTextBody(body, id) };
}
