import { A1_MODULES } from "./a1";
import { A2_MODULES } from "./a2";
import { B1_MODULES } from "./b1";
import { B2_MODULES } from "./b2";
import { C1_MODULES } from "./c1";
import type { AuthoredModule } from "./types";

/** The whole course, in order. Module slugs and task keys are stable ids: never rename one. */
export const CURRICULUM: readonly AuthoredModule[] = [
  ...A1_MODULES,
  ...A2_MODULES,
  ...B1_MODULES,
  ...B2_MODULES,
  ...C1_MODULES,
];
