import { PageHeader } from "@/components/ui/card";
import { EvaluateForm } from "@/components/xel/evaluate-form";

export const metadata = { title: "Evaluate your English" };

export default function EvaluatePage() {
  return (
    <>
      <PageHeader
        title="Evaluate your English"
        description="Write or paste a text, or a transcript of what you said: see your mistakes in place, scores on six criteria and what to work on next."
      />
      <EvaluateForm />
    </>
  );
}
