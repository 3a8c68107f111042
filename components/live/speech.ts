"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

// The Web Speech API is not in TypeScript's DOM library: the little of it used here.
type RecognitionResultEvent = {
  resultIndex: number;
  results: ArrayLike<{ isFinal: boolean; 0: { transcript: string } }>;
};
type Recognition = {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((event: RecognitionResultEvent) => void) | null;
  onend: (() => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  start(): void;
  stop(): void;
};
type RecognitionConstructor = new () => Recognition;

function recognitionClass(): RecognitionConstructor | null {
  if (typeof window === "undefined") return null;
  const w = window as unknown as Record<string, RecognitionConstructor | undefined>;
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

/**
 * The browser's speech recognition, where it has one: `listen()` until the learner pauses, then
 * `onFinal(text)` with what they said. `supported` is false elsewhere (the text box still works).
 */
export function useSpeechRecognition(onFinal: (text: string) => void) {
  // Known only in the browser: false while rendering on the server, then the truth.
  const supported = useSyncExternalStore(
    noSubscription,
    () => recognitionClass() !== null,
    () => false,
  );
  const [listening, setListening] = useState(false);
  const [interim, setInterim] = useState("");
  const [error, setError] = useState<string | null>(null);
  const recognition = useRef<Recognition | null>(null);
  const finalRef = useRef(onFinal);
  useEffect(() => {
    finalRef.current = onFinal;
  });

  const stop = useCallback(() => recognition.current?.stop(), []);
  const listen = useCallback(() => {
    const Class = recognitionClass();
    if (!Class || recognition.current) return;
    const r = new Class();
    r.lang = "en-US";
    r.continuous = false;
    r.interimResults = true;
    r.onresult = (event) => {
      let heard = "";
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i]!;
        if (result.isFinal) finalRef.current(result[0].transcript.trim());
        else heard += result[0].transcript;
      }
      setInterim(heard);
    };
    r.onerror = (event) =>
      setError(
        event.error === "not-allowed"
          ? "The microphone is blocked for this site; allow it, or type instead"
          : event.error === "no-speech"
            ? null
            : `Speech recognition stopped (${event.error}); type instead, or try again`,
      );
    r.onend = () => {
      recognition.current = null;
      setListening(false);
      setInterim("");
    };
    setError(null);
    recognition.current = r;
    setListening(true);
    r.start();
  }, []);

  useEffect(() => () => recognition.current?.stop(), []);
  return { supported, listening, interim, error, listen, stop };
}

/** Speaks text with the browser's speech synthesis; `speaking` is true while it plays. */
export function useSpeech() {
  const [speaking, setSpeaking] = useState(false);
  const speak = useCallback((text: string, onDone?: () => void) => {
    if (typeof window === "undefined" || !("speechSynthesis" in window)) {
      onDone?.();
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = "en-US";
    utterance.rate = 1;
    let finished = false;
    // Some browsers (headless ones, or with no voices installed) never say the speech ended.
    const fallback = setTimeout(() => done(), 2000 + text.split(/\s+/).length * 450);
    const done = () => {
      if (finished) return;
      finished = true;
      clearTimeout(fallback);
      setSpeaking(false);
      onDone?.();
    };
    utterance.onstart = () => setSpeaking(true);
    utterance.onend = done;
    utterance.onerror = done;
    window.speechSynthesis.cancel();
    setSpeaking(true);
    window.speechSynthesis.speak(utterance);
  }, []);
  const silence = useCallback(() => {
    if (typeof window !== "undefined" && "speechSynthesis" in window)
      window.speechSynthesis.cancel();
    setSpeaking(false);
  }, []);
  useEffect(() => silence, [silence]);
  return { speaking, speak, silence };
}
