import type { APIRequestContext } from "@playwright/test";

export const A1_VOCAB_SLUG = "a1-greetings-everyday-words";

export type Task = {
  id: string;
  type: string;
  prompt: string;
  content: {
    options?: { id: string; text: string }[];
    blank_count?: number;
    tiles?: string[];
    left?: { id: string; text: string }[];
    right?: { id: string; text: string }[];
  };
};

/** A response of the right shape for the task (right or wrong: the server says which). */
export function guess(task: Task): unknown {
  const c = task.content;
  switch (task.type) {
    case "multiple_choice":
      return c.options![0]!.id;
    case "gap_fill":
      return Array(c.blank_count).fill("xyz");
    case "word_order":
      return c.tiles;
    case "matching":
      return Object.fromEntries(c.left!.map((l) => [l.id, c.right![0]!.id]));
    default:
      return "xyz";
  }
}

/** The module with its tasks, and each task's correct answer (learned by a throwaway learner). */
export async function moduleWithAnswers(
  request: APIRequestContext,
  headers: Record<string, string>,
  slug = A1_VOCAB_SLUG,
) {
  const list = await (await request.get("/api/xel/modules", { headers })).json();
  const summary = list.items.find((m: { slug: string }) => m.slug === slug);
  const opened = await (await request.get(`/api/xel/modules/${summary.id}`, { headers })).json();
  const answers = new Map<string, unknown>();
  for (const task of opened.tasks as Task[]) {
    const graded = await request.post(`/api/xel/tasks/${task.id}/submit`, {
      headers,
      data: { response: guess(task) },
    });
    answers.set(task.id, (await graded.json()).correct_answer);
  }
  return { module: opened as { id: string; title: string; tasks: Task[] }, answers };
}
