"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/trpc/client";
import { formErrors } from "@/components/trpc/errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { EvaluationView } from "./evaluation-view";

const countWords = (text: string) => (text.match(/[A-Za-z]+(?:['’][A-Za-z]+)*/g) ?? []).length;

/** Write or paste a text (or a speaking transcript) and see it evaluated. */
export function EvaluateForm() {
  const trpc = useTRPC();
  const [skill, setSkill] = useState<"writing" | "speaking">("writing");
  const [text, setText] = useState("");
  const [prompt, setPrompt] = useState("");
  const [duration, setDuration] = useState("");
  const evaluate = useMutation(trpc.xel.evaluate.mutationOptions());
  const { fields, message } = formErrors(evaluate.error);
  const words = countWords(text);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const common = { prompt: prompt.trim() || null, mode: "auto" as const };
    if (skill === "writing") evaluate.mutate({ skill, text, ...common });
    else
      evaluate.mutate({
        skill,
        transcript: text,
        duration_seconds: duration ? Number(duration) : null,
        ...common,
      });
  }

  return (
    <div className="flex flex-col gap-6">
      <Card className="p-5">
        <form onSubmit={onSubmit} className="flex flex-col gap-4" data-testid="evaluate-form">
          <div role="radiogroup" aria-label="What to evaluate" className="flex gap-2">
            {(["writing", "speaking"] as const).map((s) => (
              <button
                key={s}
                type="button"
                role="radio"
                aria-checked={skill === s}
                data-testid={`skill-${s}`}
                onClick={() => setSkill(s)}
                className={cn(
                  "rounded-md border px-3 py-1.5 text-sm capitalize",
                  skill === s ? "border-accent bg-accent-soft" : "border-border",
                )}
              >
                {s === "writing" ? "Writing" : "Speaking transcript"}
              </button>
            ))}
          </div>
          <TextField
            label="Task or question (optional)"
            value={prompt}
            onChange={(e) => setPrompt(e.target.value)}
            placeholder="Should students do homework every day?"
            maxLength={4000}
          />
          <div className="flex flex-col gap-1.5">
            <label htmlFor="xel-text" className="text-sm font-medium">
              {skill === "writing" ? "Your text" : "What you said (a transcript)"}
            </label>
            <textarea
              id="xel-text"
              data-testid="evaluate-text"
              value={text}
              onChange={(e) => setText(e.target.value)}
              rows={12}
              maxLength={20000}
              aria-invalid={fields.text || fields.transcript ? true : undefined}
              className="w-full rounded-md border border-border bg-bg p-3 text-sm leading-6 focus-visible:outline-2 focus-visible:outline-accent"
              placeholder={
                skill === "writing"
                  ? "Write or paste at least 30 words of English."
                  : "Paste the transcript of your answer."
              }
            />
            <p className="text-xs text-muted">
              {words} words{words < 30 ? " · at least 30 are needed for scores" : ""}
            </p>
            {(fields.text || fields.transcript) && (
              <p className="text-xs text-danger" role="alert">
                {fields.text ?? fields.transcript}
              </p>
            )}
          </div>
          {skill === "speaking" && (
            <TextField
              label="How long you spoke, in seconds"
              type="number"
              min={1}
              value={duration}
              onChange={(e) => setDuration(e.target.value)}
              hint="Needed for speech rate and fluency"
              error={fields.duration_seconds}
            />
          )}
          {message && <Alert>{message}</Alert>}
          <div>
            <Button
              type="submit"
              pending={evaluate.isPending}
              disabled={text.trim().length === 0}
              data-testid="evaluate-submit"
            >
              Evaluate
            </Button>
          </div>
        </form>
      </Card>
      {evaluate.data && <EvaluationView evaluation={evaluate.data} />}
    </div>
  );
}
