import { AppError } from "@/server/platform/errors";
import type { AnswerKey, Option, TaskContent, TaskRecord } from "./curriculum/build";

/** What a learner's answer earns; `correctAnswer` has the shape of a response. */
export type Grade = {
  isCorrect: boolean;
  score: number;
  feedback: string;
  correctAnswer: unknown;
};

type GradableTask = Pick<TaskRecord, "type" | "content" | "answer" | "explanation">;

/**
 * Answers are compared ignoring case, spacing and punctuation: curly quotes become straight,
 * anything but letters, digits, apostrophes, % and currency signs is a space.
 */
export function normalizeAnswer(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[^\p{L}\p{N}'%£$€]+/gu, " ")
    .replace(/\s+/g, " ")
    .replace(/ %/g, "%")
    .trim();
}

const MAX_TEXT = 20_000;

function invalid(path: string, message: string): never {
  throw AppError.validation([{ path, message }], "The response does not fit this task");
}

function text(value: unknown, path = "response"): string {
  if (typeof value !== "string") invalid(path, "Expected text");
  if (value.trim() === "") invalid(path, "The answer is empty");
  if (value.length > MAX_TEXT) invalid(path, `At most ${MAX_TEXT} characters`);
  return value;
}

function textList(value: unknown, length: number, what: string): string[] {
  if (!Array.isArray(value)) invalid("response", `Expected a list of ${length} ${what}`);
  if (value.length !== length) invalid("response", `Expected exactly ${length} ${what}`);
  return value.map((item, i) => text(item, `response.${i}`));
}

const ids = (options: Option[]) => options.map((o) => o.id);

/** Checks the response fits the task's type and returns it in its one canonical shape. */
export function parseResponse(task: Pick<TaskRecord, "type" | "content">, response: unknown) {
  const content = task.content as Record<string, unknown>;
  switch (task.type) {
    case "multiple_choice": {
      const choice = text(response);
      const options = ids(content.options as Option[]);
      if (!options.includes(choice)) invalid("response", `Expected one of ${options.join(", ")}`);
      return choice;
    }
    case "gap_fill":
      return textList(response, content.blank_count as number, "blanks");
    case "word_order": {
      const tiles = content.tiles as string[];
      const order = textList(response, tiles.length, "tiles");
      const sorted = (list: string[]) => [...list].sort().join("\u0000");
      if (sorted(order) !== sorted(tiles)) invalid("response", "Use every tile exactly once");
      return order;
    }
    case "matching": {
      if (typeof response !== "object" || response === null || Array.isArray(response)) {
        invalid("response", "Expected an object pairing each left id with a right id");
      }
      const pairs = response as Record<string, unknown>;
      const right = ids(content.right as Option[]);
      const result: Record<string, string> = {};
      for (const left of ids(content.left as Option[])) {
        const chosen = pairs[left];
        if (typeof chosen !== "string" || !right.includes(chosen)) {
          invalid(`response.${left}`, `Expected one of ${right.join(", ")}`);
        }
        result[left] = chosen;
      }
      const extra = Object.keys(pairs).find((k) => !(k in result));
      if (extra !== undefined) invalid(`response.${extra}`, "No such item on the left");
      return result;
    }
    case "short_answer":
    case "writing":
    case "speaking":
      return text(response);
  }
}

function verdict(right: number, total: number, explanation: string, correctAnswer: unknown): Grade {
  const isCorrect = right === total;
  const score = Math.round((right / total) * 100);
  const lead = isCorrect
    ? "Correct!"
    : total > 1 && right > 0
      ? `Not quite: ${right} of ${total} right.`
      : "Not quite.";
  return { isCorrect, score, feedback: `${lead} ${explanation}`, correctAnswer };
}

const anyMatches = (given: string, accepted: string[]) =>
  accepted.some((a) => normalizeAnswer(a) === normalizeAnswer(given));

/** Grades an objective task at once; writing and speaking go to the evaluator instead. */
export function gradeObjective(task: GradableTask, response: unknown): Grade {
  const parsed = parseResponse(task, response);
  const key = task.answer as Exclude<AnswerKey, null>;
  const why = task.explanation;
  switch (task.type) {
    case "multiple_choice": {
      const { option } = key as { option: string };
      return verdict(parsed === option ? 1 : 0, 1, why, option);
    }
    case "gap_fill": {
      const { blanks } = key as { blanks: string[][] };
      const given = parsed as string[];
      const right = blanks.filter((accepted, i) => anyMatches(given[i]!, accepted)).length;
      return verdict(
        right,
        blanks.length,
        why,
        blanks.map((b) => b[0]),
      );
    }
    case "word_order": {
      const { answers } = key as { answers: string[] };
      const sentence = (parsed as string[]).join(" ");
      const shown = tilesInOrder(task.content, answers[0]!);
      return verdict(anyMatches(sentence, answers) ? 1 : 0, 1, why, shown);
    }
    case "matching": {
      const { pairs } = key as { pairs: Record<string, string> };
      const given = parsed as Record<string, string>;
      const right = Object.entries(pairs).filter(([l, r]) => given[l] === r).length;
      return verdict(right, Object.keys(pairs).length, why, pairs);
    }
    case "short_answer": {
      const { accepted } = key as { accepted: string[] };
      return verdict(anyMatches(parsed as string, accepted) ? 1 : 0, 1, why, accepted[0]);
    }
    case "writing":
    case "speaking":
      throw new Error("Open tasks are graded by the evaluator");
  }
}

/** The first accepted sentence as the list of tiles a learner would have placed. */
function tilesInOrder(content: TaskContent, sentence: string): string[] {
  const left = [...(content as { tiles: string[] }).tiles];
  return sentence.split(" ").map((word) => {
    const i = left.findIndex((t) => normalizeAnswer(t) === normalizeAnswer(word));
    return i === -1 ? word : left.splice(i, 1)[0]!;
  });
}
