import { AUTH_FORM_LIMIT_BYTES, withBodyLimit } from "@/server/http/body-limit";
import { handlers } from "@/server/auth/nextauth";

export const GET = handlers.GET;
export const POST = withBodyLimit(AUTH_FORM_LIMIT_BYTES, handlers.POST);
