import { EnglishHome } from "@/components/english/english-home";
import { PageHeader } from "@/components/ui/card";

export const metadata = { title: "English" };

export default function EnglishPage() {
  return (
    <>
      <PageHeader
        title="English"
        description="A course from A1 to C1: read a short lesson, answer the tasks, and see your answers checked at once."
      />
      <EnglishHome />
    </>
  );
}
