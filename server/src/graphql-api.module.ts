import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import depthLimit from 'graphql-depth-limit';
import { AuthModule } from './auth/auth.module';
import { readSessionToken } from './auth/session-cookie';
import { SessionsService } from './auth/sessions.service';
import { formatGraphqlError } from './common/errors/format-graphql-error';
import { complexityPlugin } from './common/graphql/complexity.plugin';
import type { GraphqlContext } from './common/graphql/graphql-context';
import { noStorePlugin } from './common/graphql/no-store.plugin';
import { MAX_QUERY_COMPLEXITY, MAX_QUERY_DEPTH } from './common/graphql/graphql-limits';

/** Apollo on Nest: the viewer is resolved once per request from the session cookie. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule],
      inject: [SessionsService, GraphQLSchemaHost],
      useFactory: (sessions: SessionsService, schemaHost: GraphQLSchemaHost) => ({
        autoSchemaFile: true,
        sortSchema: true,
        path: '/graphql',
        playground: false,
        introspection: true,
        csrfPrevention: true,
        validationRules: [depthLimit(MAX_QUERY_DEPTH)],
        plugins: [
          complexityPlugin(() => schemaHost.schema, MAX_QUERY_COMPLEXITY),
          ApolloServerPluginCacheControlDisabled(),
          noStorePlugin(),
        ],
        formatError: formatGraphqlError,
        context: async ({ req, res }: { req: Request; res: Response }): Promise<GraphqlContext> => {
          const token = readSessionToken(req);
          const viewer = token ? await sessions.resolveViewer(token) : null;
          return { req, res, viewer, loaders: new Map() };
        },
      }),
    }),
  ],
})
export class GraphqlApiModule {}
