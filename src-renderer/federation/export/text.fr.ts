/** French strings of the federation export's preview (i18n key "federation.export"). */
export const exportFr = {
  title: 'Indicateurs pour la fédération',
  intro:
    'Choisissez une période : voici, cellule par cellule, exactement ce qui sortira du bureau. Aucun nom, aucune coordonnée ni date de naissance, aucun numéro d’adhérent : seulement des nombres par résidence, par QPV et par axe TFPB.',
  period: {
    kind: 'Période',
    lastYear: 'Année {{year}} (année civile précédente)',
    thisYear: 'Année {{year}} (en cours)',
    quarter: 'Trimestre',
    custom: 'Dates libres',
    quarterLabel: '{{quarter}}e trimestre {{year}}',
    from: 'Du',
    to: 'Au',
    incomplete: 'Indiquez les deux dates de la période.',
  },
  loading: 'Calcul des indicateurs…',
  refused: 'Aperçu impossible',
  openSettings: 'Ouvrir les paramètres',
  summary: {
    title: 'Export du {{from}} au {{to}}',
    office: 'Bailleur : {{name}} — SIREN {{siren}}',
    noSiren: 'non renseigné',
    generated: 'Calculé le {{date}} — format {{version}}',
    fingerprint: 'Empreinte SHA-256 du manifeste :',
  },
  secret: {
    title: 'Secret statistique : seuil de {{threshold}}',
    body:
      'Toute cellule qui compte de 1 à {{below}} foyers ou personnes est remplacée par « secret », car un si petit nombre pourrait désigner un voisin. D’autres cellules peuvent l’être aussi, pour qu’aucun chiffre masqué ne se retrouve en soustrayant les cellules visibles d’un total. Les montants sont arrondis à 10 €.',
  },
  tabs: {
    label: 'Contenu de l’export',
    tables: 'Tableaux',
    files: 'Fichiers',
    tablesTitle: 'Les indicateurs, niveau par niveau',
    filesTitle: 'Les fichiers tels qu’ils sortiront',
  },
  levels: {
    bureau: 'Ensemble du bureau',
    qpv: 'Par QPV',
    residence: 'Par résidence',
    axe: 'Par axe TFPB',
    type_adhesion: 'Par type d’adhésion',
  },
  tables: {
    caption: '{{level}} : un indicateur par ligne ; « secret » = cellule masquée.',
    indicator: 'Indicateur',
    office: 'Bureau',
    secret: 'secret',
  },
  files: {
    caption: 'Fichiers de l’export, avec leur taille et leur empreinte SHA-256 (reprises dans le manifeste).',
    name: 'Fichier',
    size: 'Taille',
    bytes: '{{size}} octets',
    sha256: 'SHA-256',
    download: 'Télécharger',
    downloadOne: 'Télécharger {{name}}',
    show: 'Fichier affiché',
    raw: 'Contenu brut de {{name}}',
    rawHint: 'Le texte exact du fichier, tel qu’il sera enregistré ou envoyé.',
  },
};
