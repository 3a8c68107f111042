"use client";

import { Check, Copy, TriangleAlert } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

/**
 * The only time a key's value is shown: it is not stored, so it cannot be shown again. Escape,
 * the X or a click outside do not close it straight away: they ask whether the key was saved.
 */
export function KeyReveal({
  name,
  value,
  onClose,
}: {
  name: string;
  value: string;
  onClose: () => void;
}) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const [asking, setAsking] = useState(false);
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
      onOpenChange={(open) => !open && setAsking(true)}
      title={`Your new key: ${name}`}
      testId="api-key-reveal"
      footer={
        asking ? (
          <div
            className="flex w-full flex-wrap items-center justify-end gap-2"
            data-testid="api-key-close-check"
          >
            <p className="mr-auto text-sm font-medium" role="alert">
              Did you save the key? It cannot be shown again.
            </p>
            <Button variant="secondary" onClick={() => setAsking(false)} autoFocus>
              Back to the key
            </Button>
            <Button variant="danger" onClick={onClose} data-testid="api-key-close-anyway">
              Close without it
            </Button>
          </div>
        ) : (
          <>
            <span className="mr-auto text-sm text-muted" role="status">
              {copied === "yes"
                ? "Copied"
                : copied === "failed"
                  ? "Copying failed; select the key and copy it by hand"
                  : ""}
            </span>
            <Button variant="secondary" onClick={copy} data-testid="api-key-copy">
              {copied === "yes" ? (
                <Check className="size-4" aria-hidden />
              ) : (
                <Copy className="size-4" aria-hidden />
              )}
              Copy key
            </Button>
            <Button onClick={onClose} data-testid="api-key-done">
              I have saved it
            </Button>
          </>
        )
      }
    >
      <div
        className="flex items-start gap-2 rounded-md bg-danger-soft px-3 py-2 text-sm text-danger"
        role="alert"
      >
        <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
        Copy it now and keep it somewhere safe. It will not be shown again; if you lose it, revoke
        it and create another.
      </div>
      <code
        className="block rounded-md bg-surface p-3 font-mono text-xs break-all select-all"
        data-testid="api-key-value"
      >
        {value}
      </code>
    </Dialog>
  );
}
