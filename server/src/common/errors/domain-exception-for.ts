import { DomainException } from './domain.exception';
import type { ErrorKind } from './error-kind';

/**
 * Builds a feature's exception class from its code → kind table, so each feature only lists
 * its codes (the Record type makes the table exhaustive).
 */
export function domainExceptionFor<Code extends string>(kinds: Record<Code, ErrorKind>) {
  return class FeatureException extends DomainException {
    constructor(code: Code, message: string, details?: Record<string, unknown>) {
      super(kinds[code], code, message, details);
    }
  };
}
