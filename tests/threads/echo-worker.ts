// A worker for thread-host.test.ts: answers each task after holding the thread for `ms`, or fails.
import { serveTasks } from "../../server/platform/thread-serve.ts";

serveTasks<{ label: string; ms: number; fail?: boolean }>(({ label, ms, fail }) => {
  const until = Date.now() + ms;
  while (Date.now() < until); // busy, as a model's synchronous forward pass is
  if (fail) throw new Error(`${label} failed`);
  return label;
});
