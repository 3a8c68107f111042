import path from "node:path";
import { afterAll, expect, it, vi } from "vitest";
import { threadHost } from "./thread-host";

let idle = 60;
const host = threadHost({
  file: path.join(process.cwd(), "tests/threads/echo-worker.ts"),
  name: "echo thread",
  idleSeconds: () => idle,
});
afterAll(() => host.stop());

it("runs tasks one at a time, the lower priority number first", async () => {
  const finished: string[] = [];
  const run = (label: string, priority: number) =>
    host.run<string>({ label, ms: 50 }, priority).then((l) => void finished.push(l));
  // The first is sent at once; the rest wait, and the question jumps the passages.
  await Promise.all([
    run("passage 1", 1),
    run("passage 2", 1),
    run("passage 3", 1),
    run("question", 0),
  ]);
  expect(finished).toEqual(["passage 1", "question", "passage 2", "passage 3"]);
});

it("fails one task with its error and goes on with the next", async () => {
  const failed = host.run({ label: "bad", ms: 0, fail: true });
  const fine = host.run<string>({ label: "good", ms: 0 });
  await expect(failed).rejects.toThrow("echo thread: bad failed");
  await expect(fine).resolves.toBe("good");
});

it("drops a waiting task whose caller stopped waiting", async () => {
  const finished: string[] = [];
  const run = (label: string, signal?: AbortSignal) =>
    host.run<string>({ label, ms: 100 }, 0, signal).then((l) => void finished.push(l));
  const giveUp = new AbortController();
  const first = run("first");
  const dropped = run("dropped", giveUp.signal);
  const last = run("last");
  giveUp.abort(new Error("out of time"));
  await expect(dropped).rejects.toThrow("out of time");
  await Promise.all([first, last]);
  expect(finished).toEqual(["first", "last"]);
  await expect(host.run({ label: "late", ms: 0 }, 0, AbortSignal.abort())).rejects.toThrow();
});

it("fails what waits on a thread that stops, then starts a new one", async () => {
  const inFlight = host.run({ label: "slow", ms: 2000 });
  const queued = host.run({ label: "next", ms: 0 });
  await new Promise((r) => setTimeout(r, 100));
  await host.stop();
  await expect(inFlight).rejects.toThrow(/the echo thread stopped/);
  await expect(queued).rejects.toThrow(/the echo thread stopped/);
  await expect(host.run<string>({ label: "again", ms: 0 })).resolves.toBe("again");
});

it("stops after its idle spell", async () => {
  idle = 1;
  await host.stop();
  await host.run({ label: "once", ms: 0 });
  expect(host.running()).toBe(true);
  await vi.waitFor(() => expect(host.running()).toBe(false), { timeout: 10_000, interval: 100 });
});
