import type DataLoader from 'dataloader';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loader-for';
import type { UserRefModel } from '../users/models/user-ref.model';
import { toUserRefModel } from '../users/user.mapper';
import type { UsersService } from '../users/users.service';

/** Batches owner/author lookups of a whole page into one query. */
export function userRefLoader(
  context: GraphqlContext,
  users: UsersService,
): DataLoader<string | null, UserRefModel | null> {
  return loaderFor<string | null, UserRefModel | null>(context, 'users.refById', async (ids) => {
    const wanted = ids.filter((id): id is string => id !== null);
    const found = new Map((await users.findByIds([...new Set(wanted)])).map((user) => [user.id, toUserRefModel(user)]));
    return ids.map((id) => (id ? (found.get(id) ?? null) : null));
  });
}
