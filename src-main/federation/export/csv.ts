import { toFrenchCsv } from '../../shared/csv.ts';
import type { Groups, IndicatorsDocument } from './document.ts';
import { OFFICE_GROUP } from './indicators.ts';

/** The CSV's columns, in order (format-indicateurs.md describes each one). */
const CSV_COLUMNS = ['periode_debut', 'periode_fin', 'indicateur', 'libelle_indicateur', 'unite', 'niveau', 'groupe', 'libelle_groupe', 'valeur', 'secret'];

function groupLabels(groups: Groups): Map<string, string> {
  return new Map([
    [OFFICE_GROUP, 'Ensemble du bureau'],
    ...groups.qpv.map((group) => [group.code, group.label] as const),
    ...groups.residences.map((group) => [group.code, group.name] as const),
    ...groups.axes.map((group) => [group.code, group.label] as const),
    ...groups.membershipTypes.map((group) => [group.code, group.name] as const),
  ]);
}

/** The same cells as the JSON, one row per indicator × level × group; a secret cell has an empty value. */
export function indicatorsCsv(document: IndicatorsDocument): string {
  const labels = groupLabels(document.groups);
  const rows = document.indicators.flatMap((indicator) =>
    indicator.tables.flatMap((table) =>
      table.cells.map((cell) => [
        document.period.from,
        document.period.to,
        indicator.id,
        indicator.label,
        indicator.unit,
        table.level,
        cell.group,
        labels.get(cell.group) ?? cell.group,
        cell.value,
        cell.secret ? 'oui' : 'non',
      ]),
    ),
  );
  return toFrenchCsv(CSV_COLUMNS, rows);
}
