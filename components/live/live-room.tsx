"use client";

import { useQuery } from "@tanstack/react-query";
import { Mic, MicOff, Send, Square, Video, Volume2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useTRPC } from "@/components/trpc/client";
import { Avatar, type AvatarState } from "./avatar";
import { clockText, QuotaSummary } from "./quota-summary";
import { useSpeech, useSpeechRecognition } from "./speech";
import { useLiveSession } from "./use-live-session";

const ENDED: Record<string, string> = {
  you: "Session ended.",
  limit: "Your Live time for this month has run out, so the session ended.",
  closed: "The server closed this session (it went quiet for too long, or it ended elsewhere).",
};

/** The Live room: choose voice or avatar, talk (speech or the text box), hear the answers. */
export function LiveRoom() {
  const trpc = useTRPC();
  const quota = useQuery(trpc.live.quota.queryOptions());
  const live = useLiveSession();
  const speech = useSpeech();
  const [mode, setMode] = useState<"voice" | "avatar">("voice");
  const [draft, setDraft] = useState("");
  const recognition = useSpeechRecognition((text) => void send(text));

  async function send(text: string) {
    const message = text.trim();
    if (!message || live.phase !== "live") return;
    recognition.stop();
    const reply = await live.say(message);
    if (reply) speech.speak(reply);
  }

  const running = live.phase === "live" || live.phase === "ending";
  const state: AvatarState = speech.speaking
    ? "speaking"
    : live.thinking
      ? "thinking"
      : recognition.listening
        ? "listening"
        : "idle";

  if (!running) {
    return (
      <div className="flex flex-col gap-6">
        <QuotaSummary quota={quota.data} loading={quota.isPending} />
        {live.phase === "ended" && (
          <Alert tone="success" data-testid="live-ended">
            {ENDED[live.endReason ?? "you"]}{" "}
            {live.transcriptId ? (
              <Link className="underline" href={`/live/transcripts/${live.transcriptId}`}>
                Open the transcript
              </Link>
            ) : (
              "Nothing was said, so there is no transcript."
            )}
          </Alert>
        )}
        {live.error && <Alert>{live.error}</Alert>}
        <Card className="flex flex-col gap-4">
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-2 font-medium">How do you want to practise?</legend>
            {(
              [
                ["voice", Volume2, "Voice", "Talk and listen."],
                ["avatar", Video, "Avatar", "Talk with an animated tutor who speaks."],
              ] as const
            ).map(([value, Icon, label, hint]) => (
              <label
                key={value}
                className="flex cursor-pointer items-center gap-3 rounded-md border border-border p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
              >
                <input
                  type="radio"
                  name="mode"
                  value={value}
                  checked={mode === value}
                  onChange={() => setMode(value)}
                  data-testid={`live-mode-${value}`}
                />
                <Icon className="size-4" aria-hidden />
                <span className="font-medium">{label}</span>
                <span className="text-sm text-muted">{hint}</span>
              </label>
            ))}
          </fieldset>
          <Button
            onClick={() => void live.start(mode)}
            pending={live.phase === "starting"}
            disabled={quota.data?.remaining_seconds === 0}
            data-testid="live-start"
          >
            Start session
          </Button>
        </Card>
      </div>
    );
  }

  const warn = live.remaining !== null && live.remaining <= 60;
  return (
    <div className="flex flex-col gap-4" data-testid="live-room">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div
          className={warn ? "font-semibold text-danger" : "text-muted"}
          role="timer"
          aria-live="off"
          data-testid="live-remaining"
        >
          {clockText(live.remaining ?? 0)} left
        </div>
        <Button
          variant="danger"
          onClick={() => void live.end()}
          pending={live.phase === "ending"}
          data-testid="live-end"
        >
          <Square className="size-4" aria-hidden /> End session
        </Button>
      </div>
      {warn && (
        <Alert data-testid="live-warning">
          Less than a minute of Live time left: the session ends by itself at zero.
        </Alert>
      )}
      {live.error && <Alert>{live.error}</Alert>}
      {live.session?.session_type === "avatar" && (
        <div className="flex justify-center">
          <Avatar state={state} />
        </div>
      )}
      <Card
        className="flex max-h-[50vh] flex-col gap-3 overflow-y-auto p-4"
        aria-live="polite"
        data-testid="live-turns"
      >
        {live.turns.length === 0 && (
          <p className="text-sm text-muted">
            Say hello{recognition.supported ? " (press Speak)" : ""} or type below to begin.
          </p>
        )}
        {live.turns.map((t, i) => (
          <p
            key={i}
            className={
              t.role === "user"
                ? "self-end rounded-lg bg-accent-soft px-3 py-2"
                : "self-start rounded-lg bg-surface px-3 py-2"
            }
            data-testid={`live-turn-${t.role}`}
          >
            <span className="sr-only">{t.role === "user" ? "You: " : "Tutor: "}</span>
            {t.text}
          </p>
        ))}
        {live.thinking && <p className="text-sm text-muted">The tutor is thinking…</p>}
        {recognition.interim && (
          <p className="self-end text-sm text-muted italic">{recognition.interim}</p>
        )}
      </Card>
      {recognition.error && <Alert>{recognition.error}</Alert>}
      <form
        className="flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          const text = draft;
          setDraft("");
          void send(text);
        }}
      >
        {recognition.supported && (
          <Button
            type="button"
            variant={recognition.listening ? "danger" : "secondary"}
            onClick={() => (recognition.listening ? recognition.stop() : recognition.listen())}
            aria-pressed={recognition.listening}
          >
            {recognition.listening ? (
              <MicOff className="size-4" aria-hidden />
            ) : (
              <Mic className="size-4" aria-hidden />
            )}
            {recognition.listening ? "Stop" : "Speak"}
          </Button>
        )}
        <label className="sr-only" htmlFor="live-input">
          Your message
        </label>
        <input
          id="live-input"
          className="h-10 min-w-0 flex-1 rounded-md border border-border bg-bg px-3 focus-visible:outline-2 focus-visible:outline-accent"
          placeholder="Type what you want to say"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          maxLength={2000}
          autoComplete="off"
          data-testid="live-input"
        />
        <Button
          type="submit"
          disabled={!draft.trim() || live.thinking}
          aria-label="Send"
          data-testid="live-send"
        >
          <Send className="size-4" aria-hidden />
        </Button>
      </form>
    </div>
  );
}
