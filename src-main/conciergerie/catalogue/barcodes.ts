import { sql } from 'kysely';
import { z } from 'zod';
import type { SyncDb } from '../../../db/query.ts';
import { AppError } from '../../core/errors.ts';
import { MEMBER_NUMBER } from '../members/numbers.ts';

/*
 * Copy barcodes. Generated ones are "E" + 6 digits (E000123), numbered on from the highest given so far (numbers of
 * retired copies are never reused: their old labels may still be around). One typed by hand (an existing library
 * label) is kept as typed, upper-cased, and must not look like a member number ("A" + 5 digits), so that the
 * counter always knows what was scanned.
 */

const LAST_GENERATED = 999_999;

/** The generated barcode of that rank: 123 → "E000123". */
export const generatedBarcodeOf = (rank: number) => `E${String(rank).padStart(6, '0')}`;

/** What a keyboard-wedge scanner or a person typed, as stored: trimmed and upper-cased. */
export const normaliseBarcode = (code: string) => code.trim().toUpperCase();

export const handBarcodeSchema = z
  .string({ error: 'Saisissez ou scannez le code-barres.' })
  .transform(normaliseBarcode)
  .refine((code) => /^[A-Z0-9][A-Z0-9./_-]{2,31}$/.test(code), {
    error: 'Le code-barres doit comporter de 3 à 32 caractères : lettres, chiffres, et . / _ - (sans espace).',
  })
  .refine((code) => !MEMBER_NUMBER.test(code), {
    error: 'Ce code ressemble à un numéro d’adhérent (A suivi de 5 chiffres) : choisissez un autre code-barres.',
  });

/** The next `count` generated barcodes, after the highest one in use. */
export function nextGeneratedBarcodes(db: SyncDb, count: number): string[] {
  // Walks the barcode index down from E999999 and stops at the first generated one.
  const last = db.get(
    db.q
      .selectFrom('copy')
      .select('barcode')
      .where('barcode', '>=', 'E000000')
      .where('barcode', '<=', 'E999999')
      .where(sql<boolean>`barcode GLOB 'E[0-9][0-9][0-9][0-9][0-9][0-9]'`)
      .orderBy('barcode', 'desc')
      .limit(1),
  );
  const first = (last ? Number(last.barcode.slice(1)) : 0) + 1;
  if (first + count - 1 > LAST_GENERATED) {
    throw new AppError('CONFLICT', 'Plus aucun code-barres E000000 à E999999 n’est libre : saisissez les codes-barres à la main.');
  }
  return Array.from({ length: count }, (_, index) => generatedBarcodeOf(first + index));
}
