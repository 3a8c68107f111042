import { NotesPanel } from "@/components/chat/notes-panel";
import { PageHeader } from "@/components/ui/card";

export const metadata = { title: "Notes" };

export default function NotesPage() {
  return (
    <>
      <PageHeader
        title="Notes"
        description="Everything you noted, newest first. Notes written beside a conversation stay linked to it."
      />
      <div className="flex overflow-hidden rounded-lg border border-border">
        <NotesPanel conversationId={null} className="border-l-0 md:w-full" />
      </div>
    </>
  );
}
