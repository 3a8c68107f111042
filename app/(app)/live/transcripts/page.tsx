import { TranscriptList } from "@/components/live/transcript-list";
import { PageHeader } from "@/components/ui/card";

export const metadata = { title: "Live transcripts" };

export default function TranscriptsPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Live transcripts" description="Your past Live sessions, newest first." />
      <TranscriptList />
    </div>
  );
}
