import { followupParticipant } from './followup-participant.ts';
import { householdsParticipant } from './households-participant.ts';
import { registerPrivacyParticipant } from './registry.ts';

/**
 * The participants of the modules built so far. A later module registers its own from its own files
 * (`registerPrivacyParticipant(loansParticipant)` at the top of its handlers.ts) and needs no change here.
 */
registerPrivacyParticipant(householdsParticipant);
registerPrivacyParticipant(followupParticipant);
