import { EnglishDashboard } from "@/components/english/english-dashboard";
import { PageHeader } from "@/components/ui/card";

export const metadata = { title: "English progress" };

export default function EnglishDashboardPage() {
  return (
    <>
      <PageHeader
        title="Your English progress"
        description="XP, level, streak and where to go next."
      />
      <EnglishDashboard />
    </>
  );
}
