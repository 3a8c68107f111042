import { KnowledgePage } from "@/components/knowledge/knowledge-page";
import { PageHeader } from "@/components/ui/card";

export const metadata = { title: "Knowledge" };

export default function Knowledge() {
  return (
    <>
      <PageHeader
        title="Knowledge"
        description="Your documents: the chat answers from them with citations when knowledge is on."
      />
      <KnowledgePage />
    </>
  );
}
