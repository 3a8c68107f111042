import { z } from "zod";
import { authedProcedure, router } from "@/server/trpc/init";
import { addStudySession, listUpcomingEvents } from "./google/calendar";
import { googleSettings } from "./google/config";
import { disconnectGoogleCalendar, listIntegrations } from "./google/connections";
import {
  AddStudySessionRequest,
  GrantRequest,
  GrantResponse,
  IntegrationList,
  IssuedTokenPage,
  Revocation,
  RevocationPage,
  RevocationsQuery,
  RevokeRequest,
  StudySessionEvent,
  TokenListQuery,
  UpcomingEventsQuery,
  UpcomingEventsResponse,
} from "./schemas";
import { grantIntegrationToken } from "./tokens/grant";
import { listIssuedTokens, listRevocations, revokeIntegrationToken } from "./tokens/revoke";

// The app's door to the integrations verbs. Connecting starts in the browser through REST
// (`POST /api/integrations/google-calendar/connect`), since it needs the origin the browser used.
export const integrationsRouter = router({
  list: authedProcedure
    .output(IntegrationList.extend({ google_configured: z.boolean() }))
    .query(async ({ ctx }) => ({
      ...(await listIntegrations({ ctx })),
      google_configured: googleSettings() !== null,
    })),
  disconnectGoogleCalendar: authedProcedure.mutation(({ ctx }) =>
    disconnectGoogleCalendar({ ctx }),
  ),
  upcomingEvents: authedProcedure
    .input(UpcomingEventsQuery)
    .output(UpcomingEventsResponse)
    .query(({ ctx, input }) => listUpcomingEvents({ ctx, input })),
  addStudySession: authedProcedure
    .input(AddStudySessionRequest)
    .output(StudySessionEvent)
    .mutation(({ ctx, input }) => addStudySession({ ctx, input })),
  tokens: router({
    list: authedProcedure
      .input(TokenListQuery)
      .output(IssuedTokenPage)
      .query(({ ctx, input }) => listIssuedTokens({ ctx, input })),
    grant: authedProcedure
      .input(GrantRequest)
      .output(GrantResponse)
      .mutation(({ ctx, input }) => grantIntegrationToken({ ctx, input })),
    revoke: authedProcedure
      .input(RevokeRequest)
      .output(Revocation)
      .mutation(({ ctx, input }) => revokeIntegrationToken({ ctx, input })),
    revocations: authedProcedure
      .input(RevocationsQuery)
      .output(RevocationPage)
      .query(({ ctx, input }) => listRevocations({ ctx, input })),
  }),
});
