import { NOT_FOUND, notYours, type MatrixRow } from "./rows";

// Xentree Live's rows (see matrix.ts and docs/live.md): everything is the caller's own; another
// user's session or transcript is 404. Saving a transcript is bearer-only (the browser saves it).
const session = (w: { ids: { liveSession: string } }) => ({
  body: { session_id: w.ids.liveSession },
});

export const liveRows: MatrixRow[] = [
  {
    method: "GET",
    path: "/api/live/quota",
    auth: "live:read",
    needs: "own quota",
    request: () => ({}),
    stranger: "own-data",
  },
  {
    method: "POST",
    path: "/api/live/session/start",
    auth: "live:write",
    needs: "own allowance",
    request: () => ({ body: { session_type: "voice" } }),
    stranger: "self",
  },
  {
    method: "POST",
    path: "/api/live/session/heartbeat",
    auth: "live:write",
    needs: "the session's owner",
    request: session,
    stranger: NOT_FOUND,
    lowerRole: notYours,
  },
  {
    method: "POST",
    path: "/api/live/session/end",
    auth: "live:write",
    needs: "the session's owner",
    request: session,
    stranger: NOT_FOUND,
    lowerRole: notYours,
  },
  {
    method: "PUT",
    path: "/api/live/nickname",
    auth: "live:write",
    needs: "own profile",
    request: () => ({ body: { nickname: "Matrix" } }),
    stranger: "self",
  },
  {
    method: "GET",
    path: "/api/live/transcripts",
    auth: "live:read",
    needs: "own transcripts",
    request: () => ({}),
    stranger: "own-data",
  },
  {
    method: "POST",
    path: "/api/live/transcripts",
    auth: "bearer",
    needs: "the session's owner",
    // Aimed at A's owner's session: anyone else's save is 404 (docs/live.md).
    request: (w) => {
      const at = new Date().toISOString();
      return {
        body: {
          session_id: w.ids.liveSession,
          session_started_at: at,
          session_ended_at: at,
          transcripts: [{ role: "user", text: "Hi", timestamp: at }],
        },
      };
    },
    stranger: NOT_FOUND,
    lowerRole: notYours,
  },
  {
    method: "GET",
    path: "/api/live/transcripts/{transcript_id}",
    auth: "live:read",
    needs: "the transcript's owner",
    request: (w) => ({ params: { transcript_id: w.ids.transcript } }),
    stranger: NOT_FOUND,
    lowerRole: notYours,
  },
];
