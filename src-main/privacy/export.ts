import { sql } from 'kysely';
import type { SyncDb } from '../../db/query.ts';
import { levelAtLeast, type Rights } from '../auth/rights.ts';
import { officeSettings } from '../settings/store.ts';
import { frenchDate, renderReadable, type ReadableSection } from './html.ts';
import { type AuditLink, type ExportRecord, type PrivacyParticipant, privacyParticipants, type SectionContext } from './registry.ts';
import { findSubject } from './subject.ts';

/**
 * Everything held on one person (GDPR art. 15 and 20): a JSON file with French keys for any program, and the same
 * content as a readable HTML page. Built from the participants of the registry the caller's role may read; the
 * others are named as not included.
 */

const EXPORT_FORMAT = 'voisinage.donnees-personnelles';
const EXPORT_VERSION = 1;

export interface PersonExport {
  fileBaseName: string;
  json: string;
  html: string;
  sections: string[];
  withheld: string[];
  /** The participants read, so that the caller audits the restricted ones. */
  read: PrivacyParticipant[];
}

const mayRead = (rights: Rights, participant: PrivacyParticipant) => levelAtLeast(rights[participant.module], participant.level ?? 'read');

/** Entries of the audit log about the person: ids, dates and operations only (the log never holds content). */
function auditEntries(db: SyncDb, links: AuditLink[]): ExportRecord[] {
  const usable = links.filter((link) => link.targets.length > 0);
  if (usable.length === 0) return [];
  return db
    .all(
      db.q
        .selectFrom('audit_log')
        .select(['id', 'at', 'action', 'method', 'module', 'target'])
        .where((eb) =>
          eb.or(
            usable.map((link) =>
              eb.and([
                sql<boolean>`substr(method, 1, ${link.methodPrefix.length}) = ${link.methodPrefix}`,
                eb('target', 'in', link.targets.map(String)),
                ...(link.except?.length ? [eb('method', 'not in', link.except)] : []),
              ]),
            ),
          ),
        )
        .orderBy('id'),
    )
    .map((row) => ({ identifiant: row.id, le: row.at, action: row.action, operation: row.method, module: row.module, enregistrement: row.target }));
}

export function buildPersonExport(db: SyncDb, rights: Rights, personId: number, nowIso: string): PersonExport {
  const subject = findSubject(db, personId);
  const ctx: SectionContext = { db, subject, rights };
  const read = privacyParticipants().filter((participant) => mayRead(rights, participant));
  const withheld = privacyParticipants()
    .filter((participant) => !mayRead(rights, participant) && participant.withheldNote)
    .map((participant) => participant.withheldNote!);

  const sections: ReadableSection[] = read.flatMap((participant) => participant.sections?.(ctx) ?? []);
  const links: AuditLink[] = [{ methodPrefix: 'privacy.', targets: [personId] }, ...read.flatMap((participant) => participant.auditLinks?.(ctx) ?? [])];
  sections.push({
    key: 'journal',
    title: 'Journal des opérations la concernant',
    note: 'Les opérations du personnel sur ses données : date, opération et identifiant de l’enregistrement, jamais son contenu.',
    labels: { enregistrement: 'Enregistrement (identifiant)', identifiant: 'N° d’entrée' },
    content: auditEntries(db, links),
  });

  const office = officeSettings(db);
  const officeAddress = [office.address.line, `${office.address.postcode} ${office.address.city}`.trim()].filter(Boolean).join(', ');
  const json = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    document: 'Export des données personnelles',
    genereLe: nowIso,
    responsableDuTraitement: { nom: office.name || null, adresse: officeAddress || null, courriel: office.email, telephone: office.phone },
    personne: personId,
    sections: Object.fromEntries(sections.map((section) => [section.key, section.content])),
    nonInclus: withheld,
  };

  const html = renderReadable({
    title: `Données personnelles de ${subject.displayName}`,
    subtitle: `Export du ${frenchDate(nowIso) ?? nowIso}${office.name ? ` — ${office.name}` : ''}`,
    intro: [
      'Ce document rassemble toutes les données que le bailleur conserve sur cette personne dans Voisinage, au jour de l’export.',
      'Le même contenu est fourni dans un fichier JSON, lisible par un programme.',
    ],
    sections,
    withheld,
    footer: [
      `Responsable du traitement : ${office.name || 'le bailleur'}${officeAddress ? `, ${officeAddress}` : ''}.`,
      'Vous pouvez demander la rectification ou l’effacement de ces données, ou vous opposer à leur traitement, auprès du bailleur. ' +
        'Vous pouvez aussi adresser une réclamation à la CNIL (www.cnil.fr).',
      `Format ${EXPORT_FORMAT}, version ${EXPORT_VERSION}.`,
    ],
  });

  return {
    fileBaseName: `donnees-personnelles-${personId}-${nowIso.slice(0, 10)}`,
    json: `${JSON.stringify(json, null, 2)}\n`,
    html,
    sections: sections.map((section) => section.key),
    withheld,
    read,
  };
}
