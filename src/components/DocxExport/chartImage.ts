const PNG_SIGNATURE: readonly number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_DATA_URL_PREFIX: string = 'data:image/png;base64,';

/** Decodes a `data:image/png;base64,…` URL; undefined for anything that is not a PNG. */
export function pngFromDataUrl(dataUrl: string | undefined): Uint8Array | undefined {
  if (typeof dataUrl !== 'string' || dataUrl.indexOf(PNG_DATA_URL_PREFIX) !== 0) return undefined;
  let binary: string;
  try {
    binary = atob(dataUrl.slice(PNG_DATA_URL_PREFIX.length));
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  for (let i = 0; i < PNG_SIGNATURE.length; i++) {
    if (bytes[i] !== PNG_SIGNATURE[i]) return undefined;
  }
  return bytes;
}

/**
 * The chart as PNG bytes, drawn on white: chart.js leaves the canvas transparent, and a
 * transparent picture on a dark Teams theme's colours would be unreadable on paper otherwise.
 * Undefined when the canvas cannot be read (not drawn yet, or a browser without canvas).
 */
export function pngFromCanvas(canvas: HTMLCanvasElement | undefined): Uint8Array | undefined {
  if (!canvas || !canvas.width || !canvas.height) return undefined;
  try {
    const flat = document.createElement('canvas');
    flat.width = canvas.width;
    flat.height = canvas.height;
    const context = flat.getContext('2d');
    if (context) {
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, flat.width, flat.height);
      context.drawImage(canvas, 0, 0);
      const flattened = pngFromDataUrl(flat.toDataURL('image/png'));
      if (flattened) return flattened;
    }
    return pngFromDataUrl(canvas.toDataURL('image/png'));
  } catch {
    // A tainted or unsupported canvas: export without the picture (its data table still goes in).
    return undefined;
  }
}
