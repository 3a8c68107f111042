"use client";

import { Info } from "lucide-react";
import { lazy, Suspense, useState } from "react";
import { Button } from "@/components/ui/button";
import { ROLE_ORDER } from "@/server/organizations/roles";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "./use-organization";

// The dialog (Radix Dialog and its focus handling) is fetched on the first click, not with the
// members page.
const Dialog = lazy(() => import("@/components/ui/dialog").then((m) => ({ default: m.Dialog })));

/** "What can each role do?": the four roles, strongest first, in one short dialog. */
export function RolesExplained() {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  // Until the dialog is loaded the button says what Radix's trigger says: it opens a dialog.
  const button = (onClick?: () => void) => (
    <Button
      variant="ghost"
      size="sm"
      className="text-muted"
      data-testid="roles-explained-open"
      {...(onClick && { "aria-haspopup": "dialog" as const, "aria-expanded": false, onClick })}
    >
      <Info className="size-4" aria-hidden /> What can each role do?
    </Button>
  );
  if (!loaded)
    return button(() => {
      setLoaded(true);
      setOpen(true);
    });
  return (
    <Suspense fallback={button()}>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="What each role may do"
        description="Nobody can grant a role above their own, or change someone whose role is above theirs."
        size="sm"
        testId="roles-explained"
        trigger={button()}
      >
        <dl className="flex flex-col gap-3 text-sm">
          {ROLE_ORDER.map((role) => (
            <div key={role}>
              <dt className="font-medium">{ROLE_LABELS[role]}</dt>
              <dd className="text-muted">{ROLE_DESCRIPTIONS[role]}</dd>
            </div>
          ))}
        </dl>
      </Dialog>
    </Suspense>
  );
}
