/** AMP's `amp-iframe` resize request: `{sentinel: 'amp', type: 'embed-size', height}`. */
export interface AmpEmbedSize {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

export function ampEmbedSize(height: number): AmpEmbedSize {
  return { sentinel: 'amp', type: 'embed-size', height: Math.ceil(height) };
}
