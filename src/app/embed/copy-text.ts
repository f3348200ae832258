/**
 * Copies text with the Clipboard API. It can be refused (insecure context, an iframe without
 * `allow="clipboard-write"`, no user gesture): the caller then selects the text for Ctrl+C.
 */
export async function copyText(text: string, clipboard: Clipboard | undefined = globalThis.navigator?.clipboard): Promise<boolean> {
  if (!clipboard?.writeText) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export const COPY_BY_HAND = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
