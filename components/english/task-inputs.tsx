"use client";

import { Undo2 } from "lucide-react";
import { Fragment, useId } from "react";
import { Button } from "@/components/ui/button";
import { DictateButton } from "./dictation";
import { cn } from "@/components/ui/cn";
import type { TaskView } from "@/server/xel/course-schemas";

export type Answer = string | string[] | Record<string, string>;

type InputProps<T extends Answer> = {
  task: TaskView;
  value: T;
  onChange: (value: T) => void;
  disabled: boolean;
};

const inputClass =
  "h-9 rounded-md border border-border bg-bg px-2 text-sm focus-visible:outline-2 focus-visible:outline-accent disabled:opacity-70";

/** The empty answer a task starts from. */
export function emptyAnswer(task: TaskView): Answer {
  if (task.type === "gap_fill") return Array(task.content.blank_count ?? 0).fill("");
  if (task.type === "word_order") return [];
  if (task.type === "matching") return {};
  return "";
}

/** Whether the answer is complete enough to send. */
export function isAnswered(task: TaskView, value: Answer): boolean {
  if (task.type === "gap_fill") return (value as string[]).every((v) => v.trim() !== "");
  if (task.type === "word_order") return (value as string[]).length === task.content.tiles?.length;
  if (task.type === "matching")
    return (task.content.left ?? []).every((l) => (value as Record<string, string>)[l.id]);
  return (value as string).trim() !== "";
}

export function ChoiceInput({ task, value, onChange, disabled }: InputProps<string>) {
  const name = useId();
  return (
    <fieldset className="flex flex-col gap-2" disabled={disabled}>
      <legend className="sr-only">Choose one answer</legend>
      {(task.content.options ?? []).map((o) => (
        <label
          key={o.id}
          className={cn(
            "flex cursor-pointer items-center gap-3 rounded-md border border-border px-3 py-2 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent",
            value === o.id && "border-accent bg-accent-soft",
          )}
        >
          <input
            type="radio"
            name={name}
            value={o.id}
            checked={value === o.id}
            onChange={() => onChange(o.id)}
            className="accent-[var(--color-accent)]"
          />
          {o.text}
        </label>
      ))}
    </fieldset>
  );
}

export function GapInput({ task, value, onChange, disabled }: InputProps<string[]>) {
  const parts = (task.content.text ?? "").split("___");
  return (
    <p className="text-base leading-10">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && (
            <input
              aria-label={`Blank ${i + 1}`}
              className={cn(inputClass, "mx-1 w-32")}
              value={value[i] ?? ""}
              disabled={disabled}
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              onChange={(e) => onChange(value.map((v, j) => (j === i ? e.target.value : v)))}
            />
          )}
        </Fragment>
      ))}
    </p>
  );
}

/** Tiles are placed by index, so a word that appears twice stays two tiles. */
export function OrderInput({ task, value, onChange, disabled }: InputProps<string[]>) {
  const tiles = task.content.tiles ?? [];
  const placed = value.map(Number);
  const sentence = placed.map((i) => tiles[i]!);
  return (
    <div className="flex flex-col gap-3">
      <div
        className="flex min-h-12 flex-wrap items-center gap-2 rounded-md border border-dashed border-border p-2"
        aria-label="Your sentence"
        aria-live="polite"
        role="group"
      >
        {sentence.length === 0 && (
          <span className="text-sm text-muted">Choose the words in order</span>
        )}
        {placed.map((tileIndex, position) => (
          <Button
            key={`${tileIndex}-${position}`}
            type="button"
            size="sm"
            variant="secondary"
            disabled={disabled}
            aria-label={`Remove “${tiles[tileIndex]}”`}
            onClick={() => onChange(value.filter((_, p) => p !== position))}
          >
            {tiles[tileIndex]}
          </Button>
        ))}
      </div>
      <div className="flex flex-wrap gap-2" role="group" aria-label="Words to place">
        {tiles.map((tile, i) =>
          placed.includes(i) ? null : (
            <Button
              key={i}
              type="button"
              size="sm"
              variant="ghost"
              className="border border-border"
              disabled={disabled}
              onClick={() => onChange([...value, String(i)])}
            >
              {tile}
            </Button>
          ),
        )}
        {placed.length > 0 && !disabled && (
          <Button type="button" size="sm" variant="ghost" onClick={() => onChange([])}>
            <Undo2 className="size-4" aria-hidden /> Start again
          </Button>
        )}
      </div>
    </div>
  );
}

/** The order input keeps tile indexes; the API takes the tiles themselves. */
export function orderToTiles(task: TaskView, value: string[]): string[] {
  return value.map((i) => task.content.tiles![Number(i)]!);
}

export function MatchInput({
  task,
  value,
  onChange,
  disabled,
}: InputProps<Record<string, string>>) {
  const right = task.content.right ?? [];
  return (
    <div className="grid gap-2 sm:grid-cols-[1fr_1fr] sm:items-center">
      {(task.content.left ?? []).map((l) => (
        <Fragment key={l.id}>
          <label htmlFor={`${task.id}-${l.id}`} className="text-sm font-medium">
            {l.text}
          </label>
          <select
            id={`${task.id}-${l.id}`}
            className={inputClass}
            value={value[l.id] ?? ""}
            disabled={disabled}
            onChange={(e) => onChange({ ...value, [l.id]: e.target.value })}
          >
            <option value="">Choose…</option>
            {right.map((r) => (
              <option key={r.id} value={r.id}>
                {r.text}
              </option>
            ))}
          </select>
        </Fragment>
      ))}
    </div>
  );
}

export function TextInput({ task, value, onChange, disabled }: InputProps<string>) {
  const open = task.type === "writing" || task.type === "speaking";
  const words = value.trim() === "" ? 0 : value.trim().split(/\s+/).length;
  if (!open) {
    return (
      <input
        aria-label="Your answer"
        className={cn(inputClass, "w-full max-w-md")}
        value={value}
        disabled={disabled}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`${task.id}-text`} className="text-sm font-medium">
        {task.type === "speaking" ? "What you would say (type it or dictate it)" : "Your text"}
      </label>
      <textarea
        id={`${task.id}-text`}
        rows={8}
        className="rounded-md border border-border bg-bg p-3 text-sm focus-visible:outline-2 focus-visible:outline-accent"
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      />
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-xs text-muted">
          {words} words (aim for {task.content.min_words}–{task.content.max_words})
        </p>
        {task.type === "speaking" && (
          <DictateButton
            disabled={disabled}
            onText={(text) => onChange(value.trim() === "" ? text : `${value.trimEnd()} ${text}`)}
          />
        )}
      </div>
    </div>
  );
}
