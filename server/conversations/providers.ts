import { getRegistry } from "@/server/ai/registry";

/** The providers an operator configured (and those they could), with their models. */
export function listProviders() {
  return getRegistry().list();
}
