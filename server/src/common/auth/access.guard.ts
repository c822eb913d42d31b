import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { forbidden, notAuthenticated } from '../errors/domain.exception';
import type { GraphqlContext } from '../graphql/graphql-context';
import { ACCESS_KEY, type AccessRule } from './access.decorators';
import { roleAtLeast } from './role';

/**
 * Global guard: fails closed. A GraphQL operation without @Public() or @RequireRole()
 * is refused, so a forgotten decorator cannot open data to everyone.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw forbidden('This operation declares no access rule.');
    if (rule.kind === 'public') return true;
    const { viewer } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    if (!viewer) throw notAuthenticated();
    if (!roleAtLeast(viewer.role, rule.role)) throw forbidden();
    return true;
  }
}
