import type { SyncDb } from '../../../db/query.ts';
import { officeSettings } from '../../settings/store.ts';

/** "732 829 320 00074": a SIRET grouped as it is printed. */
const groupedSiret = (siret: string) => siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4');

/**
 * The office as printed at the top of receipts and tickets: its name, postal address and legal identifiers (SIRET,
 * RNA for an association) when they are set in Paramètres.
 */
export function officeIdentity(db: SyncDb): { name: string; lines: string[] } {
  const office = officeSettings(db);
  const address = office.address.line ? [office.address.line, `${office.address.postcode} ${office.address.city}`.trim()] : [];
  const ids = [office.siret ? `SIRET ${groupedSiret(office.siret)}` : office.siren ? `SIREN ${office.siren}` : null, office.rna ? `RNA ${office.rna}` : null].filter(
    (line): line is string => line !== null,
  );
  return { name: office.name || 'Conciergerie', lines: [...address, ...(ids.length ? [ids.join(' · ')] : [])] };
}
