import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainException } from './domain.exception';

/**
 * Domain exceptions are expected outcomes (wrong password, not found, …): hand them
 * to formatGraphqlError unlogged, instead of Nest's default error logging.
 */
@Catch(DomainException)
export class DomainExceptionFilter implements GqlExceptionFilter {
  catch(exception: DomainException): DomainException {
    return exception;
  }
}
