"use client";

import { useQuery } from "@tanstack/react-query";
import { CalendarDays } from "lucide-react";
import Link from "next/link";
import { useTRPC } from "@/components/trpc/client";
import { Card } from "@/components/ui/card";
import { useFormat } from "@/components/ui/format-provider";
import { Skeleton } from "@/components/ui/skeleton";

/** The learner's next calendar events, on the home page; or how to connect the calendar. */
export function UpcomingEvents() {
  const trpc = useTRPC();
  const format = useFormat();
  const upcoming = useQuery(trpc.integrations.upcomingEvents.queryOptions({ days: 7, limit: 5 }));
  const link = "mt-4 inline-block text-sm font-medium text-accent hover:underline";
  return (
    <Card data-testid="upcoming-events">
      <CalendarDays className="mb-3 size-5 text-accent" aria-hidden />
      <h2 className="font-semibold">Coming up this week</h2>
      {upcoming.isPending ? (
        <div className="mt-3 flex flex-col gap-2" aria-busy="true" aria-label="Loading events">
          <Skeleton className="h-4 w-3/4" />
          <Skeleton className="h-4 w-1/2" />
        </div>
      ) : upcoming.isError ? (
        <p className="mt-1 text-sm text-danger" role="alert">
          Your calendar could not be read: {upcoming.error.message}
        </p>
      ) : upcoming.data.status === "not_connected" ? (
        <>
          <p className="mt-1 text-sm text-muted">
            Connect Google Calendar to see your next events here and plan study sessions around
            them.
          </p>
          <Link href="/integrations" className={link}>
            Connect your calendar
          </Link>
        </>
      ) : upcoming.data.status !== "active" ? (
        <>
          <p className="mt-1 text-sm text-danger" role="alert">
            {upcoming.data.message}
          </p>
          {upcoming.data.status === "error" && (
            <Link href="/integrations" className={link}>
              Reconnect your calendar
            </Link>
          )}
        </>
      ) : upcoming.data.events.length === 0 ? (
        <p className="mt-1 text-sm text-muted">
          Nothing in your calendar for the next seven days: a good week to plan some practice.
        </p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2" data-testid="upcoming-events-list">
          {upcoming.data.events.map((e) => (
            <li key={e.id} className="text-sm">
              <span className="font-medium break-words">{e.title}</span>
              <span className="block text-xs text-muted">
                {e.all_day ? `${format.date(e.start)} · all day` : format.dateTime(e.start)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
