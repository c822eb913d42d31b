import type DataLoader from 'dataloader';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loader-for';
import type { UserRefModel } from './models/user-ref.model';
import { toUserRefModel } from './user.mapper';
import type { UsersService } from './users.service';

/** Batches owner/author lookups of a whole page into one query. */
export function userRefLoader(context: GraphqlContext, users: UsersService): DataLoader<string, UserRefModel | null> {
  return loaderFor<string, UserRefModel | null>(context, 'users.refById', async (ids) => {
    const found = new Map((await users.findByIds([...new Set(ids)])).map((user) => [user.id, toUserRefModel(user)]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * One user reference, or null when there is none. DataLoader rejects null keys, and the
 * owner, author and editor columns become null when their user is deleted.
 */
export function loadUserRef(
  context: GraphqlContext,
  users: UsersService,
  id: string | null | undefined,
): Promise<UserRefModel | null> {
  return id ? userRefLoader(context, users).load(id) : Promise.resolve(null);
}
