"use client";

import { useEffect } from "react";

/** Interaction this recent keeps the session alive (the server closes it after 3 minutes of silence). */
const ATTENTION_MS = 3 * 60 * 1000;
const DEFAULT_INTERVAL_MS = 60 * 1000;

/**
 * Counts learning time in a conversation (docs/learning-time.md): a session starts while the page
 * shows and the learner is there, reports activity once a minute while they interact, and ends
 * when the page hides or closes. A session the server closed (idle, or started elsewhere) starts
 * again at the next interaction. Failures are silent: learning time is never worth an error.
 */
export function useLearningSession(conversationId: string | null, gone: boolean) {
  useEffect(() => {
    if (!conversationId || gone) return;
    const base = `/api/core/conversations/${conversationId}/session`;
    let running = false;
    let lastInteraction = Date.now();
    let intervalMs = DEFAULT_INTERVAL_MS;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    // After a refused start, wait a minute before trying again (no request per keystroke).
    let retryAfter = 0;

    const post = (step: "start" | "activity" | "end", keepalive = false) =>
      fetch(`${base}/${step}`, { method: "POST", credentials: "same-origin", keepalive }).catch(
        () => null,
      );

    const start = async () => {
      if (running || stopped || document.visibilityState !== "visible") return;
      if (Date.now() < retryAfter) return;
      running = true;
      const response = await post("start");
      if (!response?.ok) {
        running = false;
        retryAfter = Date.now() + DEFAULT_INTERVAL_MS;
        return;
      }
      const body = (await response.json().catch(() => null)) as {
        activity_interval_seconds?: number;
      } | null;
      intervalMs = (body?.activity_interval_seconds ?? 60) * 1000;
      clearInterval(timer);
      timer = setInterval(() => void beat(), intervalMs);
    };

    const beat = async () => {
      if (!running) return;
      // Nobody has touched the page lately: stay silent and let the server close the session at
      // the last activity it saw.
      if (Date.now() - lastInteraction > ATTENTION_MS) return;
      const response = await post("activity");
      if (response?.status === 409) running = false;
    };

    const end = () => {
      clearInterval(timer);
      if (running) void post("end", true);
      running = false;
    };

    const interacted = () => {
      lastInteraction = Date.now();
      if (!running) void start();
    };
    const visibility = () => (document.visibilityState === "visible" ? interacted() : end());

    void start();
    const events = ["pointerdown", "keydown", "wheel", "touchstart"] as const;
    for (const e of events) window.addEventListener(e, interacted, { passive: true });
    document.addEventListener("visibilitychange", visibility);
    window.addEventListener("pagehide", end);
    return () => {
      stopped = true;
      end();
      for (const e of events) window.removeEventListener(e, interacted);
      document.removeEventListener("visibilitychange", visibility);
      window.removeEventListener("pagehide", end);
    };
  }, [conversationId, gone]);
}
