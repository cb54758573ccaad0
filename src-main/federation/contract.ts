import { exportContract } from './export/contract.ts';
import { outboxContract } from './outbox/contract.ts';
import { tfpbContract } from './tfpb/contract.ts';

/**
 * The federation export (module 'federation'): anonymised indicators previewed cell by cell and written to a
 * versioned, documented format; the outbox that sends them over HTTPS when the office is online; the TFPB report.
 */
export const federationContract = {
  ...exportContract,
  ...outboxContract,
  ...tfpbContract,
};
