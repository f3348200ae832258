/** Years as readers write them: astronomical year 0 is 1 BCE, −43 is 44 BCE. */
export function yearLabel(year: number): string {
  return year <= 0 ? `${1 - year} BCE` : String(year);
}
