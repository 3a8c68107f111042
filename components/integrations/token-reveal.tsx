"use client";

import { Check, Copy, TriangleAlert } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

/** The only time an integration token is shown: it is never stored, so it cannot be shown again. */
export function TokenReveal({ value, onClose }: { value: string; onClose: () => void }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Your new integration token"
      testId="integration-token-reveal"
      footer={
        <>
          <span className="mr-auto text-sm text-muted" role="status">
            {copied === "yes"
              ? "Copied"
              : copied === "failed"
                ? "Copying failed; select the token and copy it by hand"
                : ""}
          </span>
          <Button variant="secondary" onClick={copy}>
            {copied === "yes" ? (
              <Check className="size-4" aria-hidden />
            ) : (
              <Copy className="size-4" aria-hidden />
            )}
            Copy token
          </Button>
          <Button onClick={onClose} data-testid="integration-token-done">
            Done
          </Button>
        </>
      }
    >
      <div
        className="flex items-start gap-2 rounded-md bg-danger-soft px-3 py-2 text-sm text-danger"
        role="alert"
      >
        <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
        Give it to the partner now: it is shown only this once. It expires by itself; revoke it here
        if it leaks.
      </div>
      <code
        className="block rounded-md bg-surface p-3 font-mono text-xs break-all select-all"
        data-testid="integration-token-value"
      >
        {value}
      </code>
    </Dialog>
  );
}
