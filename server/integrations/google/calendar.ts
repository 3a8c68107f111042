import { and, eq } from "drizzle-orm";
import { integrations, xelModules } from "@/db/schema";
import type { AuthedCtx } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";
import { log } from "@/server/platform/logger";
import type {
  AddStudySessionRequest,
  CalendarEvent,
  StudySessionEvent,
  UpcomingEventsQuery,
  UpcomingEventsResponse,
} from "../schemas";
import {
  accessTokenFor,
  CalendarUnavailable,
  findGoogleConnection,
  markConnectionBroken,
  RECONNECT_MESSAGE,
  refreshConnection,
} from "./access";
import { PROVIDER_TIMEOUT_MS, requireGoogleSettings } from "./config";

type GoogleEvent = {
  id?: string;
  summary?: string;
  htmlLink?: string;
  start?: { dateTime?: string; date?: string };
  end?: { dateTime?: string; date?: string };
};

/**
 * One call to the Calendar API with the connection's token: a 401 refreshes the token once and
 * retries; a second 401 (the grant was revoked at Google) breaks the connection.
 */
async function calendarFetch(
  ctx: AuthedCtx,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<unknown> {
  const settings = requireGoogleSettings();
  const row = await findGoogleConnection(ctx);
  if (!row) throw new CalendarUnavailable("Google Calendar is not connected", true);
  let token = await accessTokenFor(ctx, row);
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(`${settings.calendarApiUrl}${path}`, {
        method: init.method ?? "GET",
        headers: {
          authorization: `Bearer ${token}`,
          accept: "application/json",
          ...(init.body ? { "content-type": "application/json" } : {}),
        },
        body: init.body ? JSON.stringify(init.body) : undefined,
        signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS),
      });
    } catch (error) {
      log.warn("google calendar unreachable", { error: (error as Error).name });
      throw new CalendarUnavailable("Google Calendar could not be reached; try again", false);
    }
    if (response.status === 401 && attempt === 0) {
      token = await refreshConnection(ctx, row);
      continue;
    }
    if (response.status === 401 || response.status === 403) {
      await markConnectionBroken(ctx, row, RECONNECT_MESSAGE);
      throw new CalendarUnavailable(RECONNECT_MESSAGE, true);
    }
    if (!response.ok) {
      log.warn("google calendar answered an error", { status: response.status });
      throw new CalendarUnavailable("Google Calendar answered with an error; try again", false);
    }
    await ctx.db
      .update(integrations)
      .set({ lastSyncedAt: new Date() })
      .where(and(eq(integrations.id, row.id), eq(integrations.userId, ctx.actor.userId)));
    return response.json();
  }
}

function toEvent(e: GoogleEvent): CalendarEvent | null {
  const start = e.start?.dateTime ?? e.start?.date;
  const end = e.end?.dateTime ?? e.end?.date ?? start;
  if (!e.id || !start || !end) return null;
  const iso = (v: string) => {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  };
  const startIso = iso(start);
  const endIso = iso(end);
  if (!startIso || !endIso) return null;
  return {
    id: e.id.slice(0, 200),
    title: (e.summary ?? "(no title)").slice(0, 300),
    start: startIso,
    end: endIso,
    all_day: !e.start?.dateTime,
    html_link: e.htmlLink && /^https?:\/\//.test(e.htmlLink) ? e.htmlLink : null,
  };
}

/**
 * The caller's next events from their primary calendar, for the dashboard. Not connected, or a
 * broken connection, is an answer (`status`), not an error, so the dashboard can say what to do.
 */
export async function listUpcomingEvents({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: UpcomingEventsQuery;
}): Promise<UpcomingEventsResponse> {
  const row = await findGoogleConnection(ctx);
  if (!row) return { status: "not_connected", message: null, events: [] };
  if (row.status !== "active") {
    return { status: "error", message: row.lastError ?? RECONNECT_MESSAGE, events: [] };
  }
  const now = new Date();
  const query = new URLSearchParams({
    timeMin: now.toISOString(),
    timeMax: new Date(now.getTime() + input.days * 86_400_000).toISOString(),
    maxResults: String(input.limit),
    singleEvents: "true",
    orderBy: "startTime",
  });
  try {
    const body = (await calendarFetch(ctx, `/calendars/primary/events?${query}`)) as {
      items?: GoogleEvent[];
    };
    const events = (Array.isArray(body.items) ? body.items : [])
      .map(toEvent)
      .filter((e): e is CalendarEvent => e !== null)
      .slice(0, input.limit);
    return { status: "active", message: null, events };
  } catch (error) {
    if (!(error instanceof CalendarUnavailable)) throw error;
    return {
      status: error.reconnect ? "error" : "unavailable",
      message: error.message,
      events: [],
    };
  }
}

/** Puts a study session (a Live session or an English module) into the caller's calendar. */
export async function addStudySession({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: AddStudySessionRequest;
}): Promise<StudySessionEvent> {
  let title = "Xentree Live: speaking practice";
  let description = "A Live speaking practice session in Xentree.";
  if (input.kind === "english_module") {
    if (!input.module_id) {
      throw AppError.validation([{ path: "module_id", message: "Name the module to study" }]);
    }
    const [module] = await ctx.db
      .select({ title: xelModules.title, level: xelModules.cefrLevel })
      .from(xelModules)
      .where(eq(xelModules.id, input.module_id));
    if (!module) throw AppError.notFound("Module");
    title = `Xentree English: ${module.title}`;
    description = `Study the ${module.level} module “${module.title}” in Xentree English.`;
  }
  const start = new Date(input.start);
  const end = new Date(start.getTime() + input.duration_minutes * 60_000);
  try {
    const created = (await calendarFetch(ctx, "/calendars/primary/events", {
      method: "POST",
      body: {
        summary: title,
        description,
        start: { dateTime: start.toISOString() },
        end: { dateTime: end.toISOString() },
      },
    })) as GoogleEvent;
    const event = toEvent(created);
    return {
      id: event?.id ?? String(created.id ?? ""),
      title,
      start: start.toISOString(),
      end: end.toISOString(),
      html_link: event?.html_link ?? null,
    };
  } catch (error) {
    if (!(error instanceof CalendarUnavailable)) throw error;
    throw new AppError(error.reconnect ? "conflict" : "provider_unavailable", error.message, {
      details: { reconnect: error.reconnect },
    });
  }
}
