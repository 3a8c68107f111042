import { buildTasks, type TaskRecord } from "@/server/xel/curriculum/build";
import { CURRICULUM } from "@/server/xel/curriculum/index";

/** The built tasks of one found, by slug, with their answer keys (what the server knows). */
export function tasksOf(slug: string): TaskRecord[] {
  const found = CURRICULUM.find((m) => m.slug === slug);
  if (!found) throw new Error(`no found ${slug}`);
  return buildTasks(found);
}

/** A response that the task's key grades as correct. */
export function rightResponse(task: TaskRecord): unknown {
  const key = task.answer as Record<string, unknown>;
  if ("option" in key) return key.option;
  if ("blanks" in key) return (key.blanks as string[][]).map((b) => b[0]);
  if ("pairs" in key) return key.pairs;
  if ("accepted" in key) return (key.accepted as string[])[0];
  const tiles = [...(task.content as { tiles: string[] }).tiles];
  return (key.answers as string[])[0]!.split(" ").map((word) => {
    const i = tiles.findIndex((t) => t.toLowerCase() === word.toLowerCase());
    return tiles.splice(i, 1)[0];
  });
}

/** A response of the right shape that is wrong. */
export function wrongResponse(task: TaskRecord): unknown {
  const right = rightResponse(task);
  switch (task.type) {
    case "multiple_choice":
      return (task.content as { options: { id: string }[] }).options.find((o) => o.id !== right)!
        .id;
    case "gap_fill":
      return (right as string[]).map(() => "xyz");
    case "word_order":
      return [...(right as string[])].reverse();
    case "matching": {
      const pairs = right as Record<string, string>;
      const lefts = Object.keys(pairs);
      return Object.fromEntries(lefts.map((l, i) => [l, pairs[lefts[(i + 1) % lefts.length]!]]));
    }
    default:
      return "xyz";
  }
}

export const A1_VOCAB = "a1-greetings-everyday-words";
