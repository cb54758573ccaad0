/** The longest side of a photo as stored: enough for the record page, small enough for every backup. */
const MAX_SIDE = 800;
const QUALITY = 0.85;

/**
 * A photo chosen on the PC, drawn on a canvas at most 800 px wide or high and re-encoded as JPEG: what the backend
 * stores (it checks the bytes again). Resolves to the JPEG's base64, without the data: prefix.
 */
export async function resizedJpegBase64(file: File): Promise<string> {
  const bitmap = await createImageBitmap(file);
  try {
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas unavailable');
    // JPEG has no transparency: a transparent PNG gets a white background rather than a black one.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/jpeg', QUALITY).split(',')[1] ?? '';
  } finally {
    bitmap.close();
  }
}
