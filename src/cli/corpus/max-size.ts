/** `--max-size`: a byte count written the way people write file sizes (`20MB`, `500 KB`, `1048576`). */
import { UsageError } from '../usage-error';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };
const SIZE = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i;

export function parseMaxSize(value: string): number {
  const m = SIZE.exec(value.trim());
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0)
    throw new UsageError(`--max-size must be a size such as 20MB, 500KB or a number of bytes, not "${value}"`);
  return Math.floor(Number(m[1]) * unit);
}
