"use client";

import { Mic, Square } from "lucide-react";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

// The Web Speech API is not in TypeScript's DOM types; this is the little of it we use.
type Recognition = {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult:
    | ((event: {
        resultIndex: number;
        results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }>;
      }) => void)
    | null;
  onend: (() => void) | null;
  start: () => void;
  stop: () => void;
};

function recognitionClass(): (new () => Recognition) | null {
  if (typeof window === "undefined") return null;
  const w = window as unknown as Record<string, unknown>;
  return (w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null) as
    (new () => Recognition) | null;
}

const noSubscription = () => () => {};

/** Speak instead of typing, where the browser can recognise speech; the text box always works. */
export function DictateButton({
  onText,
  disabled,
}: {
  onText: (text: string) => void;
  disabled: boolean;
}) {
  // False on the server and in browsers without speech recognition.
  const supported = useSyncExternalStore(
    noSubscription,
    () => recognitionClass() !== null,
    () => false,
  );
  const [listening, setListening] = useState(false);
  const recognition = useRef<Recognition | null>(null);
  // Results arrive long after the click: always hand them to the latest onText.
  const latest = useRef(onText);
  useEffect(() => {
    latest.current = onText;
  }, [onText]);
  useEffect(() => () => recognition.current?.stop(), []);
  if (!supported) return null;

  const toggle = () => {
    if (listening) {
      recognition.current?.stop();
      return;
    }
    const Speech = recognitionClass()!;
    const r = new Speech();
    r.lang = "en-US";
    r.continuous = true;
    r.interimResults = false;
    r.onresult = (event) => {
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i]!;
        if (result.isFinal) latest.current(result[0]!.transcript.trim());
      }
    };
    r.onend = () => setListening(false);
    recognition.current = r;
    r.start();
    setListening(true);
  };

  return (
    <Button
      type="button"
      size="sm"
      variant="secondary"
      onClick={toggle}
      disabled={disabled}
      aria-pressed={listening}
    >
      {listening ? (
        <Square className="size-4" aria-hidden />
      ) : (
        <Mic className="size-4" aria-hidden />
      )}
      {listening ? "Stop dictating" : "Dictate"}
    </Button>
  );
}
