// The suite's settings: every environment variable it reads, read here once (what each one means,
// and its default, is listed in bench/suite.ts's header).
export const settings = {
  /** The first instance; the second (scale-out) is on port + 1. */
  port: Number(process.env.BENCH_PORT ?? 3310),
  seconds: Number(process.env.BENCH_SECONDS ?? 8),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 20),
  searchRows: Number(process.env.BENCH_SEARCH_ROWS ?? 100_000),
  pgUrl: process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL,
  only: new Set(
    (process.env.BENCH_ONLY ?? "rest,chat,search,pages,memory,scale")
      .split(",")
      .map((s) => s.trim()),
  ),
  pagesDetail: Boolean(process.env.BENCH_PAGES_DETAIL),
};

/** Interleaved rounds of the overhead ratio, each a quarter of BENCH_SECONDS per route. */
export const ROUNDS = 4;
