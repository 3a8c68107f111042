import { Card } from "@/components/ui/card";
import { HighlightedText, type ShownIssue } from "./highlighted-text";

export type ShownEvaluation = {
  skill: "writing" | "speaking";
  status: "scored" | "insufficient_text";
  overall: number | null;
  cefr_level: string | null;
  criteria: Record<string, number | null>;
  issues: ShownIssue[];
  strengths: string[];
  next_steps: string[];
  metrics: Record<string, unknown>;
  evaluator: {
    mode: string;
    provider: string | null;
    model: string | null;
    notes?: Record<string, string>;
    disagreements?: Array<{ criterion: string; offline: number; llm: number; final: number }>;
  };
  text: string;
};

const MODE_LABEL: Record<string, string> = {
  offline: "Offline evaluator (runs on this server, no AI provider)",
  llm: "AI model",
  hybrid: "AI model reconciled with the offline evaluator",
};

function ScoreBar({ name, score }: { name: string; score: number | null }) {
  return (
    <div data-testid={`criterion-${name}`}>
      <div className="flex justify-between text-sm">
        <span className="capitalize">{name}</span>
        <span className="font-medium tabular-nums">
          {score === null ? "not scored" : score.toFixed(1)}
        </span>
      </div>
      <div
        className="mt-1 h-2 rounded-full bg-surface"
        role="meter"
        aria-label={name}
        aria-valuemin={1}
        aria-valuemax={5}
        aria-valuenow={score ?? undefined}
      >
        {score !== null && (
          <div
            className="h-2 rounded-full bg-accent"
            style={{ width: `${((score - 1) / 4) * 100}%` }}
          />
        )}
      </div>
    </div>
  );
}

function metric(value: unknown): string {
  return typeof value === "number" ? String(Math.round(value * 100) / 100) : "—";
}

export function EvaluationView({ evaluation }: { evaluation: ShownEvaluation }) {
  const { evaluator } = evaluation;
  const m = evaluation.metrics;
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_20rem]" data-testid="evaluation">
      <Card className="p-5">
        <h2 className="mb-3 text-lg font-semibold">Your text</h2>
        <HighlightedText text={evaluation.text} issues={evaluation.issues} />
        <p className="mt-4 text-sm text-muted" data-testid="issue-count">
          {evaluation.issues.length === 0
            ? "No issues found."
            : `${evaluation.issues.length} issue${evaluation.issues.length === 1 ? "" : "s"} highlighted: hover or tap one to see why.`}
        </p>
      </Card>
      <div className="flex flex-col gap-4">
        <Card className="p-5">
          {evaluation.status === "insufficient_text" ? (
            <p data-testid="insufficient-text">
              Not enough text to score yet. {evaluation.next_steps[0]}
            </p>
          ) : (
            <>
              <div className="flex items-baseline justify-between">
                <span className="text-sm text-muted">Overall</span>
                <span className="text-3xl font-semibold tabular-nums" data-testid="overall">
                  {evaluation.overall?.toFixed(1)}
                </span>
              </div>
              <p className="mt-1 text-sm">
                Estimated level <strong data-testid="cefr">{evaluation.cefr_level}</strong>{" "}
                <span className="text-muted">(a rough estimate from the overall score)</span>
              </p>
              <div className="mt-4 flex flex-col gap-3">
                {Object.entries(evaluation.criteria).map(([name, score]) => (
                  <ScoreBar key={name} name={name} score={score} />
                ))}
              </div>
              {evaluator.notes &&
                Object.entries(evaluator.notes).map(([k, v]) => (
                  <p key={k} className="mt-3 text-xs text-muted">
                    {v}
                  </p>
                ))}
            </>
          )}
        </Card>
        {evaluation.strengths.length > 0 && (
          <Card className="p-5">
            <h3 className="font-medium">Strengths</h3>
            <ul className="mt-2 list-disc pl-5 text-sm" data-testid="strengths">
              {evaluation.strengths.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </Card>
        )}
        {evaluation.next_steps.length > 0 && evaluation.status === "scored" && (
          <Card className="p-5">
            <h3 className="font-medium">Next steps</h3>
            <ul className="mt-2 list-disc pl-5 text-sm" data-testid="next-steps">
              {evaluation.next_steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </Card>
        )}
        <Card className="p-5 text-sm">
          <p data-testid="evaluator-mode">
            {MODE_LABEL[evaluator.mode] ?? evaluator.mode}
            {evaluator.model ? ` · ${evaluator.provider}/${evaluator.model}` : ""}
          </p>
          {evaluator.disagreements && evaluator.disagreements.length > 0 && (
            <p className="mt-2 text-muted">
              The AI and the offline measures disagreed on{" "}
              {evaluator.disagreements
                .map((d) => `${d.criterion} (${d.offline} vs ${d.llm})`)
                .join(", ")}
              ; the score shown is their mean.
            </p>
          )}
          <dl className="mt-3 grid grid-cols-2 gap-x-3 gap-y-1 text-muted">
            <dt>Words</dt>
            <dd className="tabular-nums">{metric(m.word_count)}</dd>
            {evaluation.skill === "writing" ? (
              <>
                <dt>Lexical diversity (MTLD)</dt>
                <dd className="tabular-nums">{metric(m.mtld)}</dd>
                <dt>Reading grade</dt>
                <dd className="tabular-nums">{metric(m.flesch_kincaid_grade)}</dd>
                <dt>Errors per 100 words</dt>
                <dd className="tabular-nums">{metric(m.errors_per_100_words)}</dd>
              </>
            ) : (
              <>
                <dt>Words per minute</dt>
                <dd className="tabular-nums">{metric(m.speech_rate_wpm)}</dd>
                <dt>Pauses</dt>
                <dd className="tabular-nums">{metric(m.pause_count)}</dd>
                <dt>Fillers</dt>
                <dd className="tabular-nums">{metric(m.fillers)}</dd>
              </>
            )}
          </dl>
        </Card>
      </div>
    </div>
  );
}
