"use client";

import { CalendarPlus } from "lucide-react";
import dynamic from "next/dynamic";
import { useState } from "react";
import { Button } from "@/components/ui/button";

// The dialog (Radix, its form, the connection query) is fetched on the first click, not with the
// Live or module page that shows the button.
const AddToCalendarDialog = dynamic(() => import("./add-to-calendar-dialog"), { ssr: false });

/** "Add to calendar" for a study session: a Live session, or an English module. */
export function AddToCalendar({
  kind,
  moduleId,
  minutes = 30,
}: {
  kind: "live" | "english_module";
  moduleId?: string;
  minutes?: number;
}) {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
        data-testid="add-to-calendar"
      >
        <CalendarPlus className="size-4" aria-hidden /> Add to calendar
      </Button>
      {used && (
        <AddToCalendarDialog
          kind={kind}
          moduleId={moduleId}
          minutes={minutes}
          open={open}
          setOpen={setOpen}
        />
      )}
    </>
  );
}
