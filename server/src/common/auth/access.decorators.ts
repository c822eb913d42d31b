import { SetMetadata } from '@nestjs/common';
import { Role } from './role';

export const ACCESS_KEY = 'wissensnetz:access';

/** Who may call a resolver; every query and mutation must declare one (checked by a test). */
export type AccessRule = { kind: 'public' } | { kind: 'role'; role: Role };

/** Anyone, signed in or not. The resolver itself filters what anonymous visitors see. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Signed-in users with at least this role. */
export const RequireRole = (role: Role) => SetMetadata(ACCESS_KEY, { kind: 'role', role } satisfies AccessRule);

export const SignedIn = () => RequireRole(Role.READER);
