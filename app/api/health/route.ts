import { newRequestId } from "@/server/platform/crypto";
import { checkHealth } from "@/server/platform/health";
import { errorResponse, jsonResponse } from "@/server/http/respond";

// For load balancers and the process entry's start-up check; not part of the integrator API.
export async function GET() {
  const requestId = newRequestId();
  try {
    return jsonResponse(200, await checkHealth(), requestId);
  } catch (error) {
    return errorResponse(error, requestId);
  }
}
