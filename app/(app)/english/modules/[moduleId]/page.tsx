import { ModuleView } from "@/components/english/module-view";

export const metadata = { title: "English module" };

export default async function ModulePage({ params }: { params: Promise<{ moduleId: string }> }) {
  const { moduleId } = await params;
  return <ModuleView moduleId={moduleId} />;
}
