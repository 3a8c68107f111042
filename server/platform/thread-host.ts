import { Worker } from "node:worker_threads";

/** What a worker answers for one task (see serveTasks in thread-serve.ts). */
export type ThreadAnswer = { id: number; result?: unknown; error?: string };

type Queued = {
  id: number;
  task: unknown;
  priority: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
};

/**
 * One worker thread for heavy, synchronous work (the offline evaluator, the embedding model),
 * started on the first task and stopped after `idleSeconds()` without one, so an idle server does
 * not hold the thread's memory. Tasks go to the thread one at a time, the lowest `priority` number
 * first and in order of arrival within a priority: a search's question is not stuck behind a
 * document's hundred passages. If the thread dies, every task waiting on it fails with a clear
 * error and the next task starts a new thread.
 */
export function threadHost({
  file,
  name,
  idleSeconds,
}: {
  /** The worker's source file (run by Node with its types stripped). */
  file: string;
  /** How errors name the thread: "offline evaluator". */
  name: string;
  idleSeconds: () => number;
}) {
  let thread: {
    worker: Worker;
    queue: Queued[];
    current: Queued | null;
    idle?: NodeJS.Timeout;
  } | null = null;
  let nextId = 1;

  function start() {
    const own: NonNullable<typeof thread> = { worker: new Worker(file), queue: [], current: null };
    const fail = (error: Error) => {
      if (thread === own) thread = null;
      for (const q of [own.current, ...own.queue]) q?.reject(error);
      own.current = null;
      own.queue = [];
    };
    own.worker.on("message", (answer: ThreadAnswer) => {
      const done = own.current;
      own.current = null;
      if (done?.id === answer.id) {
        if (answer.error !== undefined) done.reject(new Error(`${name}: ${answer.error}`));
        else done.resolve(answer.result);
      }
      dispatch(own);
    });
    own.worker.on("error", (error) => fail(error));
    own.worker.on("exit", (code) => fail(new Error(`the ${name} stopped (exit code ${code})`)));
    own.worker.unref(); // an idle thread never keeps the process alive
    return own;
  }

  function dispatch(own: NonNullable<typeof thread>) {
    if (own.current) return;
    const next = own.queue.shift();
    if (!next) return armIdleStop(own);
    own.current = next;
    own.worker.postMessage({ id: next.id, task: next.task });
  }

  function armIdleStop(own: NonNullable<typeof thread>) {
    clearTimeout(own.idle);
    own.idle = setTimeout(() => {
      if (own.current || own.queue.length > 0) return;
      if (thread === own) thread = null;
      void own.worker.terminate();
    }, idleSeconds() * 1000);
    own.idle.unref();
  }

  return {
    /**
     * Runs a task. A `signal` that aborts first fails the task with its reason; a task still
     * waiting is taken off the queue, so callers that stop waiting (a search out of time) do not
     * leave work behind that would make the next caller wait longer.
     */
    run<T>(task: unknown, priority = 0, signal?: AbortSignal): Promise<T> {
      if (signal?.aborted) return Promise.reject(signal.reason as Error);
      thread ??= start();
      const own = thread;
      clearTimeout(own.idle);
      return new Promise<T>((resolve, reject) => {
        const queued: Queued = { id: nextId++, task, priority, resolve: resolve as never, reject };
        const at = own.queue.findIndex((q) => q.priority > priority);
        if (at < 0) own.queue.push(queued);
        else own.queue.splice(at, 0, queued);
        signal?.addEventListener(
          "abort",
          () => {
            own.queue = own.queue.filter((q) => q !== queued);
            reject(signal.reason as Error);
          },
          { once: true },
        );
        dispatch(own);
      });
    },
    /** Whether the thread is loaded (tests, benchmarks). */
    running: () => thread !== null,
    /** Stops the thread now; what was waiting on it fails (tests, a clean shutdown). */
    async stop(): Promise<void> {
      const own = thread;
      thread = null;
      if (own) await own.worker.terminate();
    },
  };
}
