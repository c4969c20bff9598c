import type { StoreNotice } from '../lib/progress/store.ts';
import type { EntryType } from '../schemas/progress.ts';
import { islandUi } from '../ui/islands/common.ts';

interface Props {
  notices: readonly StoreNotice[];
  /** Names an entry in the message, e.g. « les coches de la fiche … ». */
  describe: (type: EntryType, id: string) => string;
  /** Other short messages of the island (result, confirmation) share the same live region. */
  messages?: readonly (string | undefined)[];
}

/**
 * One polite live region per island, present from the server's HTML on, so that messages
 * added after hydration are announced. Messages are words, never a colour alone.
 */
export default function StorageNotices({ notices, describe, messages = [] }: Props) {
  const warnings = [...new Set(notices.map((n) => (n.kind === 'corrupt-reset' ? islandUi.corruptReset(describe(n.type, n.id)) : n.kind === 'full' ? islandUi.storageFull : islandUi.storageUnavailable)))];
  return (
    <div className="island-status" role="status">
      {warnings.map((message) => (
        <p key={message} className="island-notice">
          <strong>Attention : </strong>
          {message}
        </p>
      ))}
      {messages
        .filter((message): message is string => Boolean(message))
        .map((message) => (
          <p key={message}>{message}</p>
        ))}
    </div>
  );
}
