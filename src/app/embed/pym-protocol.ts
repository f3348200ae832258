/**
 * NPR's Pym.js protocol, so pages that already load embeds with `new pym.Parent(...)` size ours.
 * Messages are strings: `'pym' + 'xPYMx' + childId + 'xPYMx' + type + 'xPYMx' + message`. The
 * child id comes from the `childId` URL parameter that the Pym parent adds to the iframe src.
 */
export const PYM_DELIMITER = 'xPYMx';

export function pymMessage(childId: string, type: string, message: string): string {
  return ['pym', childId, type, message].join(PYM_DELIMITER);
}

export function pymHeightMessage(childId: string, height: number): string {
  return pymMessage(childId, 'height', String(Math.ceil(height)));
}

/** A Pym message addressed to this child (`{type, message}`), or null. */
export function parsePymMessage(data: unknown, childId: string): { type: string; message: string } | null {
  if (typeof data !== 'string') return null;
  const parts = data.split(PYM_DELIMITER);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId || !/^\S+$/.test(parts[2]!)) return null;
  return { type: parts[2]!, message: parts[3]! };
}
