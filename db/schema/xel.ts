import { index, jsonb, pgTable, real, text, uuid } from "drizzle-orm/pg-core";
import { ts } from "./columns";
import { organizations } from "./organizations";
import { users } from "./users";

/** One evaluation of a learner's writing or speaking, as it was answered (XELEvaluation). */
export const xelEvaluations = pgTable(
  "xel_evaluations",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Set when an API key asked: a key only ever sees its own organization's evaluations. */
    organizationId: uuid().references(() => organizations.id, { onDelete: "cascade" }),
    skill: text({ enum: ["writing", "speaking"] }).notNull(),
    status: text({ enum: ["scored", "insufficient_text"] }).notNull(),
    /** The text the issue offsets index into (for speaking, the transcript's segments joined). */
    text: text().notNull(),
    prompt: text(),
    taskId: text(),
    targetLevel: text(),
    overall: real(),
    cefrLevel: text(),
    criteria: jsonb().notNull(),
    issues: jsonb().notNull(),
    strengths: jsonb().notNull(),
    nextSteps: jsonb().notNull(),
    metrics: jsonb().notNull(),
    /** { mode, provider, model, disagreements?, notes? } */
    evaluator: jsonb().notNull(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    // Serves a learner's list of evaluations, newest first, keyset-paginated.
    index("xel_evaluations_user_created_idx").on(t.userId, t.createdAt.desc(), t.id.desc()),
  ],
);

export type XelEvaluationRow = typeof xelEvaluations.$inferSelect;
