// Imported first by the process entry (server/main.ts, run by Node's own TypeScript support).

/**
 * glibc gives every thread that allocates its own malloc arena, up to eight per core, and Node's
 * helper threads (V8's platform workers, libuv's pool) each fill one; memory freed in an arena is
 * seldom handed back. Two arenas keep the server's idle memory lower and far steadier (measured
 * in docs/performance.md: after every page on PostgreSQL, 217–219 MB with two, 222–399 MB
 * without). glibc reads MALLOC_ARENA_MAX only when a process starts, so the entry replaces itself
 * once with it set: same process id, arguments and environment. Set it yourself to choose
 * another value.
 */
function limitMallocArenas() {
  // eslint-disable-next-line no-restricted-properties -- read by the C library, not the app
  const env = process.env;
  if (process.platform !== "linux" || env.MALLOC_ARENA_MAX !== undefined || !process.execve) return;
  process.execve(
    process.execPath,
    [process.execPath, ...process.execArgv, ...process.argv.slice(1)],
    {
      ...env,
      MALLOC_ARENA_MAX: "2",
    },
  );
}

limitMallocArenas();
