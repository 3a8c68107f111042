import { TranscriptView } from "@/components/live/transcript-view";
import { PageHeader } from "@/components/ui/card";

export const metadata = { title: "Live transcript" };

export default async function TranscriptPage({
  params,
}: {
  params: Promise<{ transcriptId: string }>;
}) {
  const { transcriptId } = await params;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Live transcript" />
      <TranscriptView id={transcriptId} />
    </div>
  );
}
