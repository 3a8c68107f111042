"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, type FormEvent } from "react";
import { useTRPC } from "@/components/trpc/client";
import { formErrors } from "@/components/trpc/errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { SelectField, TextField } from "@/components/ui/field";
import { toast } from "@/components/ui/toast";

/** Tomorrow at 18:00 local time, as the date and time inputs want it. */
function defaultSlot(): { date: string; time: string } {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: "18:00" };
}

const DURATIONS = [15, 30, 45, 60, 90].map((m) => ({ value: String(m), label: `${m} minutes` }));

/**
 * The "Add to calendar" dialog for a study session: a Live session, or an English module. A small dialog
 * takes the date, time (the browser's time zone) and length, and puts the event into the
 * learner's Google Calendar; without a connection it says where to connect one.
 */
export default function AddToCalendarDialog({
  kind,
  moduleId,
  minutes = 30,
  open,
  setOpen,
}: {
  kind: "live" | "english_module";
  moduleId?: string;
  minutes?: number;
  open: boolean;
  setOpen: (open: boolean) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery({ ...trpc.integrations.list.queryOptions(), enabled: open });
  const add = useMutation(trpc.integrations.addStudySession.mutationOptions());
  const { reset } = add;
  // Each opening starts clean: no error left from the last attempt.
  useEffect(() => {
    if (open) reset();
  }, [open, reset]);
  const errors = formErrors(add.error);
  const slot = defaultSlot();
  const connection = list.data?.items.find((i) => i.provider === "google_calendar");
  const duration = String(DURATIONS.find((d) => Number(d.value) >= minutes)?.value ?? "30");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const start = new Date(`${String(data.get("date"))}T${String(data.get("time"))}`);
    if (Number.isNaN(start.getTime())) return;
    try {
      await add.mutateAsync({
        kind,
        ...(moduleId ? { module_id: moduleId } : {}),
        start: start.toISOString(),
        duration_minutes: Number(data.get("duration")),
      });
      toast.success("Added to your calendar", start.toLocaleString());
      await queryClient.invalidateQueries({ queryKey: trpc.integrations.pathKey() });
      setOpen(false);
    } catch {
      // Shown in the dialog.
    }
  }

  return (
    <>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={kind === "live" ? "Plan a Live session" : "Plan time for this module"}
        description="It goes into your Google Calendar, in your own time zone."
        size="sm"
        testId="add-to-calendar-dialog"
        footer={
          connection?.status === "active" ? (
            <>
              <Button variant="secondary" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button
                type="submit"
                form="add-to-calendar-form"
                pending={add.isPending}
                data-testid="add-to-calendar-submit"
              >
                Add to calendar
              </Button>
            </>
          ) : undefined
        }
      >
        {list.isPending ? (
          <p className="text-sm text-muted">Checking your calendar connection…</p>
        ) : !connection ? (
          <p className="text-sm" data-testid="add-to-calendar-connect">
            Connect Google Calendar first, on the{" "}
            <Link href="/integrations" className="text-accent underline">
              Integrations page
            </Link>
            .
          </p>
        ) : connection.status !== "active" ? (
          <Alert>
            {connection.error_message ?? "Google no longer accepts this connection."}{" "}
            <Link href="/integrations" className="underline">
              Reconnect it
            </Link>
          </Alert>
        ) : (
          <form id="add-to-calendar-form" onSubmit={submit} className="flex flex-col gap-3">
            <div className="grid grid-cols-2 gap-3">
              <TextField
                label="Date"
                name="date"
                type="date"
                required
                defaultValue={slot.date}
                error={errors.fields.start}
              />
              <TextField label="Time" name="time" type="time" required defaultValue={slot.time} />
            </div>
            <SelectField
              label="Length"
              name="duration"
              defaultValue={duration}
              options={DURATIONS}
            />
            {errors.message && <Alert>{errors.message}</Alert>}
          </form>
        )}
      </Dialog>
    </>
  );
}
