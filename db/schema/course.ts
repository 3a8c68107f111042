import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ts } from "./columns";
import { users } from "./users";

// Course content is seeded from server/xel/curriculum with ids derived from stable slugs, so an
// update is an upsert: rows that leave the course are retired (retired_at), never deleted, and
// learners' submissions and progress stay attached.

export const xelModules = pgTable(
  "xel_modules",
  {
    id: uuid().primaryKey(),
    slug: text().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    cefrLevel: text().notNull(),
    skill: text().notNull(),
    position: integer().notNull(),
    estimatedMinutes: integer().notNull(),
    retiredAt: ts(),
  },
  (t) => [uniqueIndex("xel_modules_slug_key").on(t.slug)],
);

export const xelLessons = pgTable("xel_lessons", {
  id: uuid().primaryKey(),
  moduleId: uuid()
    .notNull()
    .references(() => xelModules.id),
  position: integer().notNull(),
  title: text().notNull(),
  body: text().notNull(),
  retiredAt: ts(),
});

export const xelTasks = pgTable(
  "xel_tasks",
  {
    id: uuid().primaryKey(),
    moduleId: uuid()
      .notNull()
      .references(() => xelModules.id),
    lessonId: uuid()
      .notNull()
      .references(() => xelLessons.id),
    position: integer().notNull(),
    type: text().notNull(),
    prompt: text().notNull(),
    /** What the learner sees (options, tiles, blanks…). */
    content: jsonb().notNull(),
    /** The answer key; null for tasks the evaluator grades. Never sent before an attempt. */
    answer: jsonb(),
    explanation: text().notNull(),
    retiredAt: ts(),
  },
  (t) => [index("xel_tasks_module_idx").on(t.moduleId, t.position)],
);

/** Which version of the shipped course this database holds (a hash of it). */
export const xelContentVersions = pgTable("xel_content_versions", {
  hash: text().primaryKey(),
  appliedAt: ts().notNull().defaultNow(),
});

export const xelSubmissions = pgTable(
  "xel_submissions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    taskId: uuid()
      .notNull()
      .references(() => xelTasks.id),
    response: jsonb().notNull(),
    /** Null for evaluated (writing, speaking) tasks. */
    isCorrect: boolean(),
    score: integer().notNull(),
    feedback: text().notNull(),
    xpAwarded: integer().notNull(),
    timeSpentSeconds: integer(),
    createdAt: ts().notNull(),
  },
  (t) => [index("xel_submissions_user_time_idx").on(t.userId, t.createdAt.desc())],
);

/** One row per learner and task: the XP-once guard and the source of module progress. */
export const xelTaskProgress = pgTable(
  "xel_task_progress",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    taskId: uuid()
      .notNull()
      .references(() => xelTasks.id),
    moduleId: uuid()
      .notNull()
      .references(() => xelModules.id),
    attempts: integer().notNull().default(0),
    bestScore: integer().notNull().default(0),
    xpAwarded: integer().notNull().default(0),
    completedAt: ts(),
    lastSubmittedAt: ts(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.taskId] }),
    index("xel_task_progress_user_module_idx").on(t.userId, t.moduleId),
  ],
);

/** Every XP a learner earns, when: levels, streaks and activity are sums over it. */
export const xpEvents = pgTable(
  "xp_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    amount: integer().notNull(),
    source: text().notNull(),
    taskId: uuid().references(() => xelTasks.id),
    createdAt: ts().notNull(),
  },
  (t) => [
    index("xp_events_user_time_idx").on(t.userId, t.createdAt),
    check("xp_events_amount_positive", sql`${t.amount} > 0`),
  ],
);
