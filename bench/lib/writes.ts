// The writes a fault run checks: each kind sends acknowledged writes during the fault and then
// verifies, in the database, that every acknowledged one is there exactly once. A feature adds
// its own kind here (transcripts, submissions, ingestion jobs, Live sessions …).
import type postgres from "postgres";
import type { Http, VirtualUser } from "./workload.ts";

export type Ack = { kind: string; id: string };

export type WriteKind = {
  name: string;
  /** Writers of this kind running at once. */
  writers: number;
  /** One write; resolves to what was acknowledged (a 2xx), or null when the write was refused. */
  write: (
    user: VirtualUser,
    http: Http,
    n: number,
    statuses: (s: number) => void,
  ) => Promise<string | null>;
  /** The acknowledged writes that are missing or duplicated, as descriptions. */
  verify: (sql: postgres.Sql, acked: string[]) => Promise<string[]>;
};

/** Notes, sent with an Idempotency-Key and retried until acknowledged, as a careful client does. */
const notes: WriteKind = {
  name: "notes (idempotent retries)",
  writers: 12,
  async write(user, http, n, statuses) {
    const title = `chaos note ${process.pid} ${n} ${Math.random().toString(36).slice(2)}`;
    for (let attempt = 0; attempt < 30; attempt++) {
      try {
        const r = await http("POST", "/api/core/notes", {
          headers: { ...user.bearer, "idempotency-key": `k-${title.replaceAll(" ", "-")}` },
          body: { title, content: "written during a fault" },
        });
        statuses(r.status);
        if (r.status === 201) return title;
        if (r.status !== 503 && r.status !== 409) return null;
        await new Promise((res) => setTimeout(res, 1000)); // about Retry-After
      } catch {
        statuses(0);
        await new Promise((res) => setTimeout(res, 500));
      }
    }
    return null;
  },
  async verify(sql, acked) {
    const rows = await sql<{ title: string; n: number }[]>`
      select title, count(*)::int as n from notes where title = any(${acked}) group by title`;
    const counts = new Map(rows.map((r) => [r.title, r.n]));
    return acked
      .filter((t) => counts.get(t) !== 1)
      .map((t) => `note "${t}" stored ${counts.get(t) ?? 0} times`);
  },
};

/** Chat turns: an acknowledged answer means both the question and the answer are stored. */
const messages: WriteKind = {
  name: "chat messages",
  writers: 4,
  async write(user, http, n, statuses) {
    const message = `chaos question ${process.pid} ${n} ${Math.random().toString(36).slice(2)}`;
    try {
      const r = await http("POST", "/api/core/chat", {
        headers: user.bearer,
        body: { message, conversation_id: user.conversationId },
      });
      statuses(r.status);
      return r.status === 200 ? message : null;
    } catch {
      statuses(0);
      return null;
    }
  },
  async verify(sql, acked) {
    const rows = await sql<{ content: string; n: number; answered: boolean }[]>`
      select q.content, count(*)::int as n,
             bool_and(exists (select 1 from messages a where a.conversation_id = q.conversation_id
                              and a.role = 'assistant' and a.created_at >= q.created_at
                              and a.status = 'complete')) as answered
      from messages q where q.role = 'user' and q.content = any(${acked}) group by q.content`;
    const found = new Map(rows.map((r) => [r.content, r]));
    return acked.flatMap((m) => {
      const row = found.get(m);
      if (!row || row.n !== 1) return [`question "${m}" stored ${row?.n ?? 0} times`];
      return row.answered ? [] : [`question "${m}" has no complete answer`];
    });
  },
};

/** Key revocations: an acknowledged DELETE must leave the key revoked. */
const keyDeletions: WriteKind = {
  name: "API key deletions",
  writers: 3,
  async write(user, http, _n, statuses) {
    for (let attempt = 0; attempt < 30; attempt++) {
      try {
        const created = await http("POST", "/api/api-keys", {
          headers: user.bearer,
          body: { name: "chaos", organization_id: user.orgId, permissions: ["organizations:read"] },
        });
        statuses(created.status);
        if (created.status !== 201) {
          await new Promise((res) => setTimeout(res, 500));
          continue;
        }
        const id = (created.body as { id: string }).id;
        const deleted = await http("DELETE", `/api/api-keys/${id}`, { headers: user.bearer });
        statuses(deleted.status);
        return deleted.status === 204 ? id : null;
      } catch {
        statuses(0);
        await new Promise((res) => setTimeout(res, 500));
      }
    }
    return null;
  },
  async verify(sql, acked) {
    const rows = await sql<
      { id: string }[]
    >`select id from api_keys where id = any(${acked}) and not is_active`;
    const revoked = new Set(rows.map((r) => r.id));
    return acked
      .filter((id) => !revoked.has(id))
      .map((id) => `key ${id} still active after an acknowledged DELETE`);
  },
};

export const WRITE_KINDS: WriteKind[] = [notes, messages, keyDeletions];
