"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import type { LiveSessionResponse, TranscriptTurn } from "@/server/live/schemas";

export type Turn = TranscriptTurn;
export type Phase = "idle" | "starting" | "live" | "ending" | "ended";
export type EndReason = "you" | "limit" | "closed" | "left";

const appCode = (error: unknown) =>
  error instanceof TRPCClientError
    ? (error.data as { appCode?: string } | undefined)?.appCode
    : undefined;

function clampTurns(turns: Turn[], start: string, end: string): Turn[] {
  const lo = Date.parse(start);
  const hi = Math.max(lo, Date.parse(end));
  return turns.map((t) => {
    const at = Math.min(hi, Math.max(lo, Date.parse(t.timestamp)));
    return { ...t, timestamp: new Date(at).toISOString() };
  });
}

/**
 * One Live session in the page: start, heartbeats on the server's interval, a countdown from the
 * server's numbers, the conversation, and the end (by the learner, at the limit, or on leaving
 * the page), after which the transcript is saved.
 */
export function useLiveSession() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<Phase>("idle");
  const [session, setSession] = useState<LiveSessionResponse | null>(null);
  const [turns, setTurns] = useState<Turn[]>([]);
  const [remaining, setRemaining] = useState<number | null>(null);
  const [endReason, setEndReason] = useState<EndReason | null>(null);
  const [transcriptId, setTranscriptId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The server's clock as of the last answer, and when (locally) it came.
  const clock = useRef({ remaining: 0, at: 0, startedMs: 0, startedPerf: 0 });
  const live = useRef<{ session: LiveSessionResponse; turns: Turn[] } | null>(null);
  const timers = useRef<number[]>([]);

  const startM = useMutation(trpc.live.start.mutationOptions());
  const heartbeatM = useMutation(trpc.live.heartbeat.mutationOptions());
  const endM = useMutation(trpc.live.end.mutationOptions());
  const saveM = useMutation(trpc.live.saveTranscript.mutationOptions());
  const replyM = useMutation(trpc.live.reply.mutationOptions());

  /** Now, on the server's clock (turn timestamps must fall inside the session). */
  const serverNow = useCallback(
    () =>
      new Date(
        clock.current.startedMs + (performance.now() - clock.current.startedPerf),
      ).toISOString(),
    [],
  );

  const stopTimers = () => {
    for (const id of timers.current) window.clearInterval(id);
    timers.current = [];
  };

  const finish = useCallback(
    async (reason: EndReason) => {
      const current = live.current;
      if (!current) return;
      live.current = null;
      stopTimers();
      setPhase("ending");
      setEndReason(reason);
      try {
        const ended = await endM.mutateAsync({ session_id: current.session.session_id });
        setSession(ended);
        setRemaining(0);
        if (current.turns.length > 0) {
          const endAt = ended.ended_at ?? serverNow();
          const saved = await saveM.mutateAsync({
            session_id: ended.session_id,
            session_started_at: ended.started_at,
            session_ended_at: endAt,
            transcripts: clampTurns(current.turns, ended.started_at, endAt),
          });
          setTranscriptId(saved.id);
        }
      } catch {
        setError("The session ended, but saving its transcript failed; check your connection");
      } finally {
        setPhase("ended");
        void queryClient.invalidateQueries({ queryKey: trpc.live.pathKey() });
      }
    },
    [endM, saveM, serverNow, queryClient, trpc],
  );

  const start = useCallback(
    async (type: "voice" | "avatar") => {
      setError(null);
      setPhase("starting");
      setTurns([]);
      setTranscriptId(null);
      setEndReason(null);
      try {
        const s = await startM.mutateAsync({ session_type: type });
        clock.current = {
          remaining: s.remaining_seconds,
          at: Date.now(),
          startedMs: Date.parse(s.started_at),
          startedPerf: performance.now(),
        };
        live.current = { session: s, turns: [] };
        setSession(s);
        setRemaining(s.remaining_seconds);
        setPhase("live");
        const beat = window.setInterval(() => {
          const id = live.current?.session.session_id;
          if (!id) return;
          heartbeatM.mutate(
            { session_id: id },
            {
              onSuccess: (r) =>
                (clock.current = {
                  ...clock.current,
                  remaining: r.remaining_seconds,
                  at: Date.now(),
                }),
              onError: (e) => {
                const code = appCode(e);
                if (code === "live_quota_exceeded") void finish("limit");
                else if (code === "conflict" || code === "not_found") void finish("closed");
                // Anything else (a lost connection) is retried by the next beat.
              },
            },
          );
        }, s.heartbeat_interval_seconds * 1000);
        const tick = window.setInterval(() => {
          const left = clock.current.remaining - (Date.now() - clock.current.at) / 1000;
          setRemaining(Math.max(0, Math.ceil(left)));
          if (left <= 0) void finish("limit");
        }, 250);
        timers.current = [beat, tick];
      } catch (e) {
        setPhase("idle");
        const code = appCode(e);
        setError(
          code === "live_quota_exceeded"
            ? "You have used this month's Live time."
            : code === "live_session_active"
              ? "A Live session is already running (in another tab?). End it there, or wait a minute for it to close."
              : "The session could not start; check your connection and try again.",
        );
        void queryClient.invalidateQueries({ queryKey: trpc.live.quota.queryKey() });
      }
    },
    [startM, heartbeatM, finish, queryClient, trpc],
  );

  const addTurn = (turn: Turn) => {
    if (live.current) live.current.turns = [...live.current.turns, turn];
    setTurns((all) => [...all, turn]);
  };

  /** Sends what the learner said (spoken or typed); answers the AI's reply, to be spoken. */
  const say = useCallback(
    async (text: string): Promise<string | null> => {
      const current = live.current;
      if (!current) return null;
      const history = current.turns.map((t) => ({ role: t.role, text: t.text }));
      addTurn({ role: "user", text, timestamp: serverNow() });
      try {
        const reply = await replyM.mutateAsync({
          session_id: current.session.session_id,
          message: text,
          history,
        });
        if (!live.current) return null;
        addTurn({ role: "ai", text: reply.text, timestamp: serverNow() });
        return reply.text;
      } catch (e) {
        if (appCode(e) === "conflict") void finish("closed");
        else setError("The tutor did not answer; say it again or type it");
        return null;
      }
    },
    [replyM, serverNow, finish],
  );

  // Leaving the page ends the session: keepalive requests outlive the page (the sweeper closes
  // it anyway if they are lost).
  useEffect(() => {
    const leave = () => {
      const current = live.current;
      if (!current) return;
      live.current = null;
      stopTimers();
      const post = (url: string, body: unknown) =>
        fetch(url, {
          method: "POST",
          keepalive: true,
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        }).catch(() => {});
      void post("/api/live/session/end", { session_id: current.session.session_id });
      if (current.turns.length > 0) {
        const endAt = serverNow();
        void post("/api/live/transcripts", {
          session_id: current.session.session_id,
          session_started_at: current.session.started_at,
          session_ended_at: endAt,
          transcripts: clampTurns(current.turns, current.session.started_at, endAt),
        });
      }
    };
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [serverNow]);

  return {
    phase,
    session,
    turns,
    remaining,
    endReason,
    transcriptId,
    error,
    thinking: replyM.isPending,
    start,
    say,
    end: () => finish("you"),
  };
}
