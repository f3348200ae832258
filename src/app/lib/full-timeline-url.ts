/** The same timeline outside embed mode: the current URL without `embed`. */
export function fullTimelineUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.href;
}
