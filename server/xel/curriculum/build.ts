import { createHash } from "node:crypto";
import type { AuthoredModule, AuthoredTask, TaskType } from "./types";

/**
 * A name-based UUID (version 5 layout over SHA-1): the same slug always gives the same id, so
 * re-seeding after a content update keeps every learner's progress attached.
 */
export function stableId(name: string): string {
  const hex = createHash("sha1").update(`xentree-english:${name}`).digest("hex").slice(0, 32);
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const moduleId = (slug: string) => stableId(`module:${slug}`);
export const lessonId = (slug: string, key: string) => stableId(`lesson:${slug}:${key}`);
export const taskId = (slug: string, key: string) => stableId(`task:${slug}:${key}`);

export type Option = { id: string; text: string };

/** What a learner sees of a task before answering. */
export type TaskContent =
  | { options: Option[]; passage?: string }
  | { text: string; blank_count: number; passage?: string }
  | { tiles: string[] }
  | { left: Option[]; right: Option[] }
  | { passage?: string }
  | { min_words: number; max_words: number };

/** The answer key, never sent before an attempt. `null` for tasks the evaluator grades. */
export type AnswerKey =
  | { option: string }
  | { blanks: string[][] }
  | { answers: string[] }
  | { pairs: Record<string, string> }
  | { accepted: string[] }
  | null;

export type TaskRecord = {
  id: string;
  moduleId: string;
  lessonId: string;
  key: string;
  order: number;
  type: TaskType;
  prompt: string;
  content: TaskContent;
  answer: AnswerKey;
  explanation: string;
};

const letter = (i: number) => String.fromCharCode(97 + i);

/** A fixed shuffle (by the task's id), so the right column's order never gives the answer away. */
function shuffledIndexes(n: number, seed: string): number[] {
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const ha = createHash("sha1").update(`${seed}:${a}`).digest("hex");
    const hb = createHash("sha1").update(`${seed}:${b}`).digest("hex");
    return ha < hb ? -1 : 1;
  });
}

function contentAndKey(
  task: AuthoredTask,
  id: string,
): { content: TaskContent; answer: AnswerKey } {
  switch (task.type) {
    case "multiple_choice":
      return {
        content: {
          options: task.options.map((text, i) => ({ id: letter(i), text })),
          ...(task.passage && { passage: task.passage }),
        },
        answer: { option: letter(task.answer) },
      };
    case "gap_fill":
      return {
        content: {
          text: task.text,
          blank_count: task.blanks.length,
          ...(task.passage && { passage: task.passage }),
        },
        answer: { blanks: task.blanks },
      };
    case "word_order":
      return { content: { tiles: task.tiles }, answer: { answers: task.answers } };
    case "matching": {
      const order = shuffledIndexes(task.pairs.length, id);
      const right = order.map((pairIndex, i) => ({
        id: letter(i),
        text: task.pairs[pairIndex]![1],
      }));
      const pairs: Record<string, string> = {};
      order.forEach((pairIndex, i) => (pairs[String(pairIndex + 1)] = letter(i)));
      return {
        content: { left: task.pairs.map(([text], i) => ({ id: String(i + 1), text })), right },
        answer: { pairs },
      };
    }
    case "short_answer":
      return {
        content: task.passage ? { passage: task.passage } : {},
        answer: { accepted: task.accepted },
      };
    case "writing":
    case "speaking":
      return { content: { min_words: task.min_words, max_words: task.max_words }, answer: null };
  }
}

/** The rows one module becomes in the database. */
export function buildTasks(module: AuthoredModule): TaskRecord[] {
  return module.tasks.map((task, index) => {
    const id = taskId(module.slug, task.key);
    return {
      id,
      moduleId: moduleId(module.slug),
      lessonId: lessonId(module.slug, task.lesson),
      key: task.key,
      order: index + 1,
      type: task.type,
      prompt: task.prompt,
      explanation: task.explanation,
      ...contentAndKey(task, id),
    };
  });
}
