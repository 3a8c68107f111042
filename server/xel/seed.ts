import { createHash } from "node:crypto";
import { and, isNull, notInArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { xelContentVersions, xelLessons, xelModules, xelTasks } from "@/db/schema";
import { buildTasks, lessonId, moduleId } from "./curriculum/build";
import { CURRICULUM } from "./curriculum/index";

const CONTENT_HASH = createHash("sha256").update(JSON.stringify(CURRICULUM)).digest("hex");

const seeded = new WeakMap<Db, Promise<void>>();

/**
 * Makes sure the database holds this build's course. Runs once per process and database, and
 * writes only when the shipped content changed (its hash is not recorded yet): every row is
 * upserted by its stable id, rows that left the course are retired, learners' work is untouched.
 * Instances starting together may both write; the upserts make that harmless.
 */
export function ensureCurriculum(db: Db): Promise<void> {
  let done = seeded.get(db);
  if (!done) {
    done = seedCurriculum(db);
    done.catch(() => seeded.delete(db));
    seeded.set(db, done);
  }
  return done;
}

/** Writes the shipped course (see ensureCurriculum); exported for tests. */
export async function seedCurriculum(db: Db): Promise<void> {
  const applied = await db
    .select({ hash: xelContentVersions.hash })
    .from(xelContentVersions)
    .where(sql`${xelContentVersions.hash} = ${CONTENT_HASH}`);
  if (applied.length > 0) return;

  const modules = CURRICULUM.map((m) => ({
    id: moduleId(m.slug),
    slug: m.slug,
    title: m.title,
    description: m.description,
    cefrLevel: m.cefr_level,
    skill: m.skill,
    position: m.order,
    estimatedMinutes: m.estimated_minutes,
    retiredAt: null,
  }));
  const lessons = CURRICULUM.flatMap((m) =>
    m.lessons.map((l, i) => ({
      id: lessonId(m.slug, l.key),
      moduleId: moduleId(m.slug),
      position: i + 1,
      title: l.title,
      body: l.body,
      retiredAt: null,
    })),
  );
  const tasks = CURRICULUM.flatMap(buildTasks).map((t) => ({
    id: t.id,
    moduleId: t.moduleId,
    lessonId: t.lessonId,
    position: t.order,
    type: t.type,
    prompt: t.prompt,
    content: t.content,
    answer: t.answer,
    explanation: t.explanation,
    retiredAt: null,
  }));
  const replace = (columns: string[]) =>
    Object.fromEntries(columns.map((c) => [c, sql.raw(`excluded.${snake(c)}`)]));

  await db.transaction(async (tx) => {
    await tx
      .insert(xelModules)
      .values(modules)
      .onConflictDoUpdate({ target: xelModules.id, set: replace(Object.keys(modules[0]!)) });
    await tx
      .insert(xelLessons)
      .values(lessons)
      .onConflictDoUpdate({ target: xelLessons.id, set: replace(Object.keys(lessons[0]!)) });
    await tx
      .insert(xelTasks)
      .values(tasks)
      .onConflictDoUpdate({ target: xelTasks.id, set: replace(Object.keys(tasks[0]!)) });
    const now = new Date();
    const retire = <T extends typeof xelModules | typeof xelLessons | typeof xelTasks>(
      table: T,
      keep: string[],
    ) =>
      tx
        .update(table)
        .set({ retiredAt: now } as never)
        .where(and(notInArray(table.id, keep), isNull(table.retiredAt)));
    await retire(
      xelTasks,
      tasks.map((t) => t.id),
    );
    await retire(
      xelLessons,
      lessons.map((l) => l.id),
    );
    await retire(
      xelModules,
      modules.map((m) => m.id),
    );
    await tx.insert(xelContentVersions).values({ hash: CONTENT_HASH }).onConflictDoNothing();
  });
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
