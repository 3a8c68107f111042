import { newRequestId } from "@/server/platform/crypto";
import { checkHealth } from "@/server/platform/health";
import { errorResponse, jsonResponse, methodNotAllowed } from "@/server/http/respond";

// For load balancers and the process entry's start-up check; not part of the integrator API.
export async function GET() {
  const requestId = newRequestId();
  try {
    return jsonResponse(200, await checkHealth(), requestId);
  } catch (error) {
    return errorResponse(error, requestId);
  }
}

const notAllowed = methodNotAllowed("GET, HEAD");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
