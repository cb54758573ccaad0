import { invalidField } from '../../core/errors.ts';

/*
 * A record's photo: resized to about 800 px by the renderer, stored in the database (backups carry it). The type
 * is read from the file's first bytes, never trusted from a name or a declared type.
 */

const MAX_PHOTO_BYTES = 1_572_864; // 1.5 MB

type PhotoMime = 'image/jpeg' | 'image/png' | 'image/webp';

function sniffMime(bytes: Buffer): PhotoMime | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/** The photo's bytes and type from the base64 the renderer sent, or a French refusal. */
export function decodePhoto(base64: string): { mime: PhotoMime; bytes: Buffer } {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) {
    throw invalidField('base64', 'Le fichier envoyé est illisible : choisissez de nouveau la photo.');
  }
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw invalidField('base64', 'Le fichier de la photo est vide.');
  if (bytes.length > MAX_PHOTO_BYTES) throw invalidField('base64', 'La photo dépasse 1,5 Mo : choisissez une image plus petite.');
  const mime = sniffMime(bytes);
  if (!mime) throw invalidField('base64', 'Ce fichier n’est pas une photo JPEG, PNG ou WebP.');
  return { mime, bytes };
}
