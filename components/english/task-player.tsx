"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ArrowRight, CheckCircle2, RotateCcw, XCircle } from "lucide-react";
import { useState, type FormEvent } from "react";
import { formErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TaskEvaluation } from "@/components/xel/task-evaluation";
import type { inferRouterOutputs } from "@trpc/server";
import type { TaskView } from "@/server/xel/course-schemas";
import type { AppRouter } from "@/server/trpc/root";
import { TYPE_LABELS } from "./labels";
import {
  ChoiceInput,
  emptyAnswer,
  GapInput,
  isAnswered,
  MatchInput,
  OrderInput,
  orderToTiles,
  TextInput,
  type Answer,
} from "./task-inputs";

type SubmissionResponse = inferRouterOutputs<AppRouter>["english"]["submit"];

/** One task: answer it, see the verdict and the right answer at once, go on to the next. */
export function TaskPlayer({
  task,
  position,
  total,
  onNext,
  onAnswered,
}: {
  task: TaskView;
  position: number;
  total: number;
  onNext: (() => void) | null;
  /** Called when a verdict arrives, before the module's progress refreshes. */
  onAnswered: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [answer, setAnswer] = useState<Answer>(() => emptyAnswer(task));
  const [result, setResult] = useState<SubmissionResponse | null>(null);
  const [started] = useState(() => Date.now());
  const submit = useMutation(
    trpc.english.submit.mutationOptions({
      onSuccess: async (graded) => {
        setResult(graded);
        onAnswered();
        await Promise.all([
          queryClient.invalidateQueries(trpc.english.pathFilter()),
          queryClient.invalidateQueries(trpc.xp.pathFilter()),
        ]);
      },
    }),
  );
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!isAnswered(task, answer) || submit.isPending || result) return;
    const response = task.type === "word_order" ? orderToTiles(task, answer as string[]) : answer;
    submit.mutate({
      task_id: task.id,
      response,
      time_spent_seconds: Math.min(86_400, Math.round((Date.now() - started) / 1000)),
    });
  };
  const retry = () => {
    setResult(null);
    setAnswer(emptyAnswer(task));
    submit.reset();
  };
  const locked = result !== null || submit.isPending;
  const props = { task, disabled: locked };

  return (
    <form
      onSubmit={send}
      className="flex flex-col gap-4"
      data-testid="task-player"
      aria-label={`Task ${position}`}
    >
      <p className="text-xs font-medium tracking-wide text-muted uppercase">
        Task {position} of {total} · {TYPE_LABELS[task.type]} · up to {task.max_xp} XP
      </p>
      {task.content.passage && (
        <blockquote className="rounded-md bg-surface p-3 text-sm">
          {task.content.passage}
        </blockquote>
      )}
      <h2 className="text-lg font-medium">{task.prompt}</h2>
      {task.type === "multiple_choice" && (
        <ChoiceInput {...props} value={answer as string} onChange={setAnswer} />
      )}
      {task.type === "gap_fill" && (
        <GapInput {...props} value={answer as string[]} onChange={setAnswer} />
      )}
      {task.type === "word_order" && (
        <OrderInput {...props} value={answer as string[]} onChange={setAnswer} />
      )}
      {task.type === "matching" && (
        <MatchInput {...props} value={answer as Record<string, string>} onChange={setAnswer} />
      )}
      {["short_answer", "writing", "speaking"].includes(task.type) && (
        <TextInput {...props} value={answer as string} onChange={setAnswer} />
      )}
      {submit.isError && (
        <Alert>
          {formErrors(submit.error).message ?? "Your answer could not be checked; try again."}
        </Alert>
      )}
      {result ? (
        <>
          <Verdict task={task} result={result} />
          {result.evaluation_id && <TaskEvaluation evaluationId={result.evaluation_id} />}
        </>
      ) : (
        <div>
          <Button type="submit" pending={submit.isPending} disabled={!isAnswered(task, answer)}>
            Check answer
          </Button>
        </div>
      )}
      {result && (
        <div className="flex flex-wrap gap-2">
          {onNext && (
            <Button autoFocus type="button" onClick={onNext}>
              Next task <ArrowRight className="size-4" aria-hidden />
            </Button>
          )}
          <Button autoFocus={!onNext} type="button" variant="secondary" onClick={retry}>
            <RotateCcw className="size-4" aria-hidden /> Try again
          </Button>
        </div>
      )}
    </form>
  );
}

function Verdict({ task, result }: { task: TaskView; result: SubmissionResponse }) {
  // Evaluated answers count as passed from a score of 50, as module progress does.
  const right = result.is_correct ?? result.score >= 50;
  const Icon = right ? CheckCircle2 : XCircle;
  return (
    <div
      role="status"
      data-testid="task-feedback"
      className={`flex flex-col gap-2 rounded-md p-3 text-sm ${right ? "bg-accent-soft" : "bg-danger-soft"}`}
    >
      <p className="flex items-start gap-2">
        <Icon
          className={`mt-0.5 size-4 shrink-0 ${right ? "text-accent" : "text-danger"}`}
          aria-hidden
        />
        <span className="flex-1">
          {result.is_correct === null && (
            <span className="font-medium">Score {result.score}/100. </span>
          )}
          {result.feedback}
        </span>
        {result.xp_awarded > 0 && <span className="font-medium">+{result.xp_awarded} XP</span>}
      </p>
      {!right && result.correct_answer != null && (
        <p>
          <span className="font-medium">Correct answer: </span>
          {describeAnswer(task, result.correct_answer)}
        </p>
      )}
    </div>
  );
}

function describeAnswer(task: TaskView, answer: unknown): string {
  switch (task.type) {
    case "multiple_choice":
      return task.content.options?.find((o) => o.id === answer)?.text ?? String(answer);
    case "gap_fill":
      return (answer as string[]).join(" / ");
    case "word_order":
      return (answer as string[]).join(" ");
    case "matching": {
      const pairs = answer as Record<string, string>;
      const text = (list: { id: string; text: string }[] | undefined, id: string) =>
        list?.find((o) => o.id === id)?.text ?? id;
      return Object.entries(pairs)
        .map(([l, r]) => `${text(task.content.left, l)} → ${text(task.content.right, r)}`)
        .join("; ");
    }
    default:
      return String(answer);
  }
}
