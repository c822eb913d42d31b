import { Inject, Injectable } from '@nestjs/common';
import type {
  beforeHandleMessagePayload,
  Extension,
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { CLOSE, refuse } from '../collaboration-close';

/**
 * Refuses messages that would grow a document past COLLAB_MAX_DOCUMENT_BYTES; only the
 * sending connection is closed. (Oversized frames are cut off earlier by the WebSocket
 * server's maxPayload.) Sizes are tracked incrementally so no message pays for a full encode:
 * the running sum of message sizes only over-counts (awareness messages, deletions), so the
 * document is measured exactly only when the sum reaches the limit, and the sum restarts there.
 */
@Injectable()
export class MessageLimitsExtension implements Extension {
  extensionName = 'wissensnetz-message-limits';
  private readonly approximateSize = new Map<string, number>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  afterLoadDocument({ documentName, document }: afterLoadDocumentPayload): Promise<void> {
    this.approximateSize.set(documentName, Y.encodeStateAsUpdate(document).length);
    return Promise.resolve();
  }

  beforeHandleMessage({ documentName, document, update }: beforeHandleMessagePayload): Promise<void> {
    const limit = this.config.collaboration.maxDocumentBytes;
    let size = (this.approximateSize.get(documentName) ?? 0) + update.length;
    if (size > limit) size = Y.encodeStateAsUpdate(document).length + update.length;
    if (size > limit) return Promise.reject(refuse(CLOSE.tooLarge));
    this.approximateSize.set(documentName, size);
    return Promise.resolve();
  }

  afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.approximateSize.delete(documentName);
    return Promise.resolve();
  }
}
