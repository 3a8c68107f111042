import type { ReactNode } from "react";
import MarkdownRenderer from "@/components/chat/markdown-renderer";
import { ModuleView } from "@/components/english/module-view";
import { CURRICULUM } from "@/server/xel/curriculum";
import { lessonId, moduleId as moduleIdOf } from "@/server/xel/curriculum/build";

export const metadata = { title: "English module" };

/**
 * The lessons' Markdown is rendered here, on the server, from the authored curriculum (the text
 * the database is seeded from): the page ships HTML, not the Markdown renderer. A lesson whose
 * stored text differs (or a module not in the curriculum) is rendered in the browser as before.
 */
function renderedLessons(moduleId: string): Record<string, { body: string; html: ReactNode }> {
  const authored = CURRICULUM.find((m) => moduleIdOf(m.slug) === moduleId);
  if (!authored) return {};
  return Object.fromEntries(
    authored.lessons.map((l) => [
      lessonId(authored.slug, l.key),
      { body: l.body, html: <MarkdownRenderer text={l.body} /> },
    ]),
  );
}

export default async function ModulePage({ params }: { params: Promise<{ moduleId: string }> }) {
  const { moduleId } = await params;
  return <ModuleView moduleId={moduleId} rendered={renderedLessons(moduleId)} />;
}
