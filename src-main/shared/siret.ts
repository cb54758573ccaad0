/*
 * French company identifiers (domain.md): the SIREN (9 digits) and the SIRET of an establishment (SIREN + 5 digits),
 * both closed by a Luhn key. Used by the office's settings and the club's partners. No Node imports: the renderer
 * shares it.
 */

/** Luhn check on a string of digits. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The digits followed by the one key that makes them a valid Luhn number (demo data and tests). */
export function withLuhnKey(digits: string): string {
  return [...'0123456789'].map((key) => `${digits}${key}`).find(luhnValid)!;
}

/** La Poste's SIREN: its establishments' SIRETs do not follow Luhn; their digit sum is a multiple of 5 instead. */
const LA_POSTE_SIREN = '356000000';

const digitSum = (digits: string) => [...digits].reduce((sum, digit) => sum + Number(digit), 0);

/** A SIREN: 9 digits with a valid Luhn key (La Poste's is accepted as is). */
export function isValidSiren(siren: string): boolean {
  return /^\d{9}$/.test(siren) && (siren === LA_POSTE_SIREN || luhnValid(siren));
}

/** A SIRET: 14 digits with a valid Luhn key, or, for La Poste's establishments, a digit sum divisible by 5. */
export function isValidSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  return siret.startsWith(LA_POSTE_SIREN) ? luhnValid(siret) || digitSum(siret) % 5 === 0 : luhnValid(siret);
}

/** What is wrong with a SIREN typed without separators, as a French sentence; null when it is valid. */
export function sirenProblem(siren: string): string | null {
  if (!/^\d{9}$/.test(siren)) return 'Le SIREN doit comporter 9 chiffres (ex. 732 829 320).';
  return isValidSiren(siren) ? null : 'Ce SIREN n’existe pas : sa clé de contrôle est fausse. Vérifiez les 9 chiffres.';
}

/** What is wrong with a SIRET typed without separators, as a French sentence; null when it is valid. */
export function siretProblem(siret: string): string | null {
  if (!/^\d{14}$/.test(siret)) return 'Le SIRET doit comporter 14 chiffres (SIREN puis 5 chiffres).';
  return isValidSiret(siret) ? null : 'Ce SIRET n’existe pas : sa clé de contrôle est fausse. Vérifiez les 14 chiffres.';
}
