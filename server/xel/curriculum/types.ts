/** The course as authored: plain data, checked by curriculum.test.ts and seeded by seed.ts. */

export const CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

export const SKILLS = ["vocabulary", "grammar", "reading", "writing", "speaking"] as const;
export type Skill = (typeof SKILLS)[number];

export const TASK_TYPES = [
  "multiple_choice",
  "gap_fill",
  "word_order",
  "matching",
  "short_answer",
  "writing",
  "speaking",
] as const;
export type TaskType = (typeof TASK_TYPES)[number];

type TaskBase = {
  /** Stable within its module: the task's id is derived from it, so never rename a key. */
  key: string;
  /** The lesson (by key) the task practises. */
  lesson: string;
  prompt: string;
  /** Shown after an attempt, right or wrong. */
  explanation: string;
};

export type MultipleChoiceTask = TaskBase & {
  type: "multiple_choice";
  /** Option ids are "a", "b", … in order; `answer` names the one correct option. */
  options: string[];
  answer: number;
  /** A passage the question is about (reading), shown above the question. */
  passage?: string;
};

export type GapFillTask = TaskBase & {
  type: "gap_fill";
  /** Text with one "___" per blank. */
  text: string;
  /** Per blank, every accepted answer (first is the one shown as correct). */
  blanks: string[][];
  passage?: string;
};

export type WordOrderTask = TaskBase & {
  type: "word_order";
  /** The tiles, in the (scrambled) order shown. */
  tiles: string[];
  /** Accepted sentences, each using every tile exactly once (first is shown as correct). */
  answers: string[];
};

export type MatchingTask = TaskBase & {
  type: "matching";
  /** [left, right] pairs as they belong together; the right column is shown shuffled. */
  pairs: [string, string][];
};

export type ShortAnswerTask = TaskBase & {
  type: "short_answer";
  /** Accepted answers, compared ignoring case, spacing and punctuation (first is shown). */
  accepted: string[];
  passage?: string;
};

export type OpenTask = TaskBase & {
  type: "writing" | "speaking";
  min_words: number;
  max_words: number;
};

export type AuthoredTask =
  MultipleChoiceTask | GapFillTask | WordOrderTask | MatchingTask | ShortAnswerTask | OpenTask;

export type AuthoredLesson = {
  key: string;
  title: string;
  /** Markdown: the explanation the learner reads before the tasks. */
  body: string;
};

export type AuthoredModule = {
  /** Stable: the module's id is derived from it. */
  slug: string;
  title: string;
  description: string;
  cefr_level: CefrLevel;
  skill: Skill;
  /** Position in the course, unique across modules. */
  order: number;
  estimated_minutes: number;
  lessons: AuthoredLesson[];
  tasks: AuthoredTask[];
};
