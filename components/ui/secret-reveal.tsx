"use client";

import { Check, Copy, TriangleAlert } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Button } from "./button";
import { Dialog } from "./dialog";

/**
 * The only time a secret (an API key, an integration token) is shown: it is not stored, so it
 * cannot be shown again. With `askBeforeClose`, Escape, the X or a click outside do not close it
 * straight away: they ask whether it was saved. Test ids are `${testIdPrefix}-reveal`, `-value`,
 * `-copy`, `-done`, and with `askBeforeClose` `-close-check` and `-close-anyway`.
 */
export function SecretReveal({
  value,
  title,
  noun,
  warning,
  doneLabel = "Done",
  askBeforeClose = false,
  testIdPrefix,
  onClose,
}: {
  value: string;
  title: string;
  /** What the secret is called in the dialog's sentences: "key", "token". */
  noun: string;
  /** Why to save it now, shown above the value. */
  warning: ReactNode;
  doneLabel?: string;
  askBeforeClose?: boolean;
  testIdPrefix: string;
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
      onOpenChange={(open) => !open && (askBeforeClose ? setAsking(true) : onClose())}
      title={title}
      testId={`${testIdPrefix}-reveal`}
      footer={
        asking ? (
          <div
            className="flex w-full flex-wrap items-center justify-end gap-2"
            data-testid={`${testIdPrefix}-close-check`}
          >
            <p className="mr-auto text-sm font-medium" role="alert">
              Did you save the {noun}? It cannot be shown again.
            </p>
            <Button variant="secondary" onClick={() => setAsking(false)} autoFocus>
              Back to the {noun}
            </Button>
            <Button variant="danger" onClick={onClose} data-testid={`${testIdPrefix}-close-anyway`}>
              Close without it
            </Button>
          </div>
        ) : (
          <>
            <span className="mr-auto text-sm text-muted" role="status">
              {copied === "yes"
                ? "Copied"
                : copied === "failed"
                  ? `Copying failed; select the ${noun} and copy it by hand`
                  : ""}
            </span>
            <Button variant="secondary" onClick={copy} data-testid={`${testIdPrefix}-copy`}>
              {copied === "yes" ? (
                <Check className="size-4" aria-hidden />
              ) : (
                <Copy className="size-4" aria-hidden />
              )}
              Copy {noun}
            </Button>
            <Button onClick={onClose} data-testid={`${testIdPrefix}-done`}>
              {doneLabel}
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
        {warning}
      </div>
      <code
        className="block rounded-md bg-surface p-3 font-mono text-xs break-all select-all"
        data-testid={`${testIdPrefix}-value`}
      >
        {value}
      </code>
    </Dialog>
  );
}
