import { X509Certificate } from 'node:crypto';
import { invalidField } from '../../core/errors.ts';
import type { AuthorityCertificate } from '../../settings/fields.ts';
import { frenchDate } from '../../shared/days.ts';

/*
 * The certificate of the federation's own authority, set in Paramètres › Bureau › Fédération when its server's
 * certificate is not issued by a public authority: checked before it is kept (a certificate, readable, in force, able
 * to vouch for a server), stored as clean PEM, and described for the screen, which never shows its raw text.
 */

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;
/** A chain is a handful of certificates; more is not what the federation sent. */
const MAX_CERTIFICATES = 10;

const HOW_TO = 'choisissez le fichier du certificat de l’autorité (.pem, .crt ou .cer) fourni par la fédération';

const refuse = (message: string) => invalidField('pem', message);

/** "CN=Autorité X\nO=Fédération" → "CN=Autorité X, O=Fédération". */
const oneLine = (name: string) => name.split('\n').filter(Boolean).join(', ');

/** The common name in a distinguished name (or the whole name), to name a certificate in a message. */
const shortName = (name: string) => name.split('\n').find((part) => part.startsWith('CN='))?.slice(3) ?? oneLine(name);
const nameOf = (certificate: X509Certificate) => shortName(certificate.subject);

function parse(block: string, index: number, count: number): X509Certificate {
  try {
    return new X509Certificate(block);
  } catch {
    const which = count > 1 ? `Le certificat n° ${index + 1} du texte` : 'Le certificat';
    throw refuse(`${which} est illisible (texte tronqué ou modifié) : ${HOW_TO}.`);
  }
}

/** Refuses a certificate outside its validity period: it could vouch for nothing. */
function checkInForce(certificate: X509Certificate, now: Date): void {
  if (certificate.validToDate < now) {
    throw refuse(`Le certificat « ${nameOf(certificate)} » a expiré le ${frenchDate(certificate.validToDate.toISOString())} : demandez à la fédération le certificat à jour de son autorité.`);
  }
  if (certificate.validFromDate > now) {
    throw refuse(
      `Le certificat « ${nameOf(certificate)} » ne sera valable qu’à partir du ${frenchDate(certificate.validFromDate.toISOString())} : vérifiez la date de cet ordinateur, ou ajoutez-le à partir de ce jour.`,
    );
  }
}

/**
 * Only an authority, or a server's own self-signed certificate, can start a chain of trust: a server's certificate
 * issued by an authority is useless without that authority, so the user is told which one to ask for.
 */
function checkCanVouch(certificates: X509Certificate[]): void {
  if (certificates.some((certificate) => certificate.ca || certificate.checkIssued(certificate))) return;
  const server = certificates[0]!;
  throw refuse(
    `Ce certificat est celui du serveur « ${nameOf(server)} », délivré par l’autorité « ${shortName(server.issuer)} » : ajoutez plutôt le certificat de cette autorité, que la fédération peut vous fournir.`,
  );
}

/**
 * Reads pasted text or a file's content: one certificate or a chain, each checked against `now`. Answers the clean PEM
 * to store (comments and duplicates dropped); refuses anything else with a French message on the field 'pem'.
 */
export function checkedAuthorityPem(text: string, now: Date): string {
  if (text.trim() === '') throw refuse(`Collez le texte du certificat, ou ${HOW_TO}.`);
  // Checked before anything else, on the raw text: a key pasted by mistake is never kept, even partly.
  if (/PRIVATE KEY/.test(text)) {
    throw refuse(`Ce texte contient une clé privée, pas un certificat : elle n’a pas été enregistrée. Ne la transmettez à personne et ${HOW_TO}.`);
  }
  const blocks = [...text.matchAll(PEM_BLOCK)];
  if (blocks.length === 0) {
    throw refuse(`Ce texte n’est pas un certificat au format PEM (il commence par -----BEGIN CERTIFICATE-----) : ${HOW_TO}.`);
  }
  const other = blocks.find((block) => block[1] !== 'CERTIFICATE');
  if (other) throw refuse(`Ce texte contient un élément « ${other[1]} » : seuls des certificats (BEGIN CERTIFICATE) sont acceptés ; ${HOW_TO}.`);
  if (blocks.length > MAX_CERTIFICATES) {
    throw refuse(`Ce texte contient ${blocks.length} certificats : ${MAX_CERTIFICATES} au plus sont acceptés. Gardez seulement ceux de l’autorité de la fédération.`);
  }
  const parsed = blocks.map((block, index) => parse(block[0], index, blocks.length));
  const certificates = parsed.filter((certificate, index) => parsed.findIndex((other) => other.fingerprint256 === certificate.fingerprint256) === index);
  for (const certificate of certificates) checkInForce(certificate, now);
  checkCanVouch(certificates);
  return certificates.map((certificate) => certificate.toString()).join('');
}

/** The certificates of a stored PEM, for the screen (an unreadable one is left out: the sending reports it). */
export function describeAuthorityPem(pem: string | null): AuthorityCertificate[] {
  if (!pem) return [];
  return [...pem.matchAll(PEM_BLOCK)].flatMap((block) => {
    try {
      const certificate = new X509Certificate(block[0]);
      return [
        {
          subject: oneLine(certificate.subject),
          issuer: oneLine(certificate.issuer),
          validFrom: certificate.validFromDate.toISOString(),
          validTo: certificate.validToDate.toISOString(),
          sha256: certificate.fingerprint256,
          authority: certificate.ca,
        },
      ];
    } catch {
      return [];
    }
  });
}
