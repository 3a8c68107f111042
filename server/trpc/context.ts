import { getDb } from "@/db/client";
import { authenticate } from "@/server/auth/authenticate";
import type { Ctx } from "@/server/platform/context";
import type { AppError } from "@/server/platform/errors";
import { requestInfo } from "@/server/platform/request-info";

export type TrpcContext = Ctx & {
  /** Why a presented credential was refused; raised by procedures that need a caller. */
  authError?: AppError;
};

/** The same ctx the REST door builds: the database and the caller. */
export async function createTrpcContext(request: Request, requestId: string): Promise<TrpcContext> {
  const db = await getDb();
  const { actor, error } = await authenticate(db, request);
  return { db, actor, request: requestInfo(request, requestId), authError: error };
}
