import type {
  HocuspocusProvider,
  onAuthenticatedParameters,
  onAuthenticationFailedParameters,
  onCloseParameters,
  onStatelessParameters,
  onStatusParameters,
  onSyncedParameters,
  onUnsyncedChangesParameters,
} from '@hocuspocus/provider';
import { useClientHandle } from '@urql/vue';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { computed, onUnmounted, reactive, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useCurrentUser } from '@/features/auth/useCurrentUser';
import { createCollaborationProvider } from '@/features/collaboration/createCollaborationProvider';
import { isStoredMessage } from '@/features/collaboration/isStoredMessage';
import { collaborationFailure, type CollaborationFailure } from './collaborationFailure';
import { collaborationStatus, type CollaborationSignals } from './collaborationStatus';
import { presenceUsers, type AwarenessUser, type PresenceUser } from './presenceUsers';
import { userColor } from './userColor';

/** What can be edited together: an article's body or a project's body. */
export type CollaborationKind = 'article' | 'project';

/** What the collaborative editor needs to bind to the shared document. */
export interface CollaborationSession {
  /** The article's (or, for kind 'project', the project's) id. */
  articleId: string;
  /** The server's name of the shared document, e.g. `project:<id>`. */
  documentName: string;
  document: Y.Doc;
  provider: HocuspocusProvider;
  user: AwarenessUser;
}

/** The server's name of the shared document of an article or project. */
export function collaborationDocumentName(id: string, kind: CollaborationKind = 'article'): string {
  return `${kind}:${id}`;
}

/** The IndexedDB database that keeps an article's (or project's) unsynced changes across reloads. */
export function offlineStoreName(articleId: string, kind: CollaborationKind = 'article'): string {
  return `wissensnetz-${kind}:${articleId}`;
}

function initialSignals(): CollaborationSignals {
  return { connection: 'connecting', synced: false, unsyncedChanges: 0, wasSynced: false, readOnly: false };
}

/**
 * Connects the article's (or project's, with kind 'project') shared Y.Doc to the server
 * (Hocuspocus) and to IndexedDB, and reports connection status, presence and stores.
 * Everything is torn down when the id changes or the component unmounts.
 */
export function useCollaboration(articleId: MaybeRefOrGetter<string | null>, kind: CollaborationKind = 'article') {
  const { client } = useClientHandle();
  const { user: currentUser } = useCurrentUser();

  const session = shallowRef<CollaborationSession | null>(null);
  const signals = reactive<CollaborationSignals>(initialSignals());
  const users = ref<PresenceUser[]>([]);
  const failure = ref<CollaborationFailure | null>(null);
  /** ISO time of the last store the server announced; null until the first one. */
  const lastStoredAt = ref<string | null>(null);
  let persistence: IndexeddbPersistence | null = null;

  function stop() {
    session.value?.provider.destroy();
    session.value?.document.destroy();
    void persistence?.destroy();
    persistence = null;
    session.value = null;
    users.value = [];
  }

  function start(id: string) {
    const me = currentUser.value;
    const user: AwarenessUser = me
      ? { id: me.id, name: me.displayName, color: userColor(me.id) }
      : { id: 'anonymous', name: '?', color: userColor('anonymous') };
    const document = new Y.Doc();
    // Local copy first: a reload while offline shows (and later sends) the unsynced edits.
    persistence =
      typeof indexedDB === 'undefined' ? null : new IndexeddbPersistence(offlineStoreName(id, kind), document);
    const documentName = collaborationDocumentName(id, kind);
    const provider = createCollaborationProvider({ client, articleId: id, documentName, document });

    Object.assign(signals, initialSignals());
    signals.connection = provider.configuration.websocketProvider.status;
    failure.value = null;

    const refreshUsers = () => {
      users.value = provider.awareness ? presenceUsers(provider.awareness.getStates(), user.id) : [];
    };
    provider.on('status', ({ status }: onStatusParameters) => {
      signals.connection = status;
    });
    provider.on('synced', ({ state }: onSyncedParameters) => {
      signals.synced = state;
      if (state) signals.wasSynced = true;
    });
    provider.on('unsyncedChanges', ({ number }: onUnsyncedChangesParameters) => {
      signals.unsyncedChanges = number;
    });
    provider.on('authenticated', ({ scope }: onAuthenticatedParameters) => {
      signals.readOnly = scope === 'readonly';
      failure.value = null;
    });
    provider.on('authenticationFailed', ({ reason }: onAuthenticationFailedParameters) => {
      failure.value = collaborationFailure(reason) ?? 'unauthenticated';
    });
    provider.on('close', ({ event }: onCloseParameters) => {
      signals.synced = false;
      failure.value = collaborationFailure(event.reason) ?? failure.value;
    });
    provider.on('stateless', ({ payload }: onStatelessParameters) => {
      if (isStoredMessage(payload)) lastStoredAt.value = new Date().toISOString();
    });
    provider.on('awarenessChange', refreshUsers);
    provider.setAwarenessField('user', user);
    refreshUsers();

    session.value = { articleId: id, documentName, document, provider, user };
  }

  watch(
    () => toValue(articleId),
    (id) => {
      if (id === session.value?.articleId) return;
      stop();
      if (id) start(id);
    },
    { immediate: true },
  );
  // After unmount, so the editor bound to the document is gone before the document is destroyed.
  onUnmounted(stop);

  return {
    session,
    status: computed(() => collaborationStatus(signals)),
    readOnly: computed(() => signals.readOnly ?? false),
    users,
    failure,
    lastStoredAt,
  };
}
