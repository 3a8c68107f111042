import type { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import type { Db } from "@/db/types";
import { log } from "@/server/platform/logger";
import { attachCredentialCache, CREDENTIALS_CHANNEL } from "./credential-cache";

const RETRY_MS = 1_000;

/**
 * Gives `db` a credential cache and keeps it honest: the cache serves only while this process
 * LISTENs for the database's change notifications (see credential-cache.ts). Answers a function
 * that stops listening. A failure to listen only costs speed: every request then asks the database.
 */
export function listenForCredentialChanges(
  db: Db,
  source: { url: string } | { pglite: PGlite },
): { stop: () => Promise<void>; onNotice: (notice: { message?: string }) => void } {
  const cache = attachCredentialCache(db);
  const prefix = `${CREDENTIALS_CHANNEL} `;
  const onNotice = (notice: { message?: string }) => {
    if (notice.message?.startsWith(prefix)) cache.invalidate(notice.message.slice(prefix.length));
  };
  if ("pglite" in source) {
    let unlisten: (() => Promise<void>) | undefined;
    const ready = source.pglite
      .listen(CREDENTIALS_CHANNEL, (payload) => cache.invalidate(payload))
      .then((stop) => {
        unlisten = stop;
        cache.setListening(true);
      })
      .catch((error: unknown) => log.warn("credential cache disabled", { error }));
    return {
      onNotice,
      stop: async () => {
        cache.setListening(false);
        await ready;
        await unlisten?.().catch(() => {});
      },
    };
  }

  // A connection of its own (not the pool's): when it closes, the cache stops serving at once,
  // and it listens again (from an empty cache) once it can.
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const options = {
    max: 1,
    max_lifetime: null,
    fetch_types: false,
    onnotice: () => {},
    // postgres.js calls this for every notification on the connection (its types omit it).
    onnotify: (channel: string, payload: string) => {
      if (channel === CREDENTIALS_CHANNEL) cache.invalidate(payload);
    },
    onclose: () => {
      cache.setListening(false);
      if (!stopped) timer = setTimeout(subscribe, RETRY_MS);
    },
  };
  const connection = postgres(source.url, options);
  function subscribe() {
    if (stopped) return;
    connection
      .unsafe(`listen ${CREDENTIALS_CHANNEL}`)
      .then(() => {
        if (!stopped) cache.setListening(true);
      })
      .catch(() => {
        cache.setListening(false);
        if (!stopped) timer = setTimeout(subscribe, RETRY_MS);
      });
  }
  subscribe();
  return {
    onNotice,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      cache.setListening(false);
      await connection.end({ timeout: 1 }).catch(() => {});
    },
  };
}
