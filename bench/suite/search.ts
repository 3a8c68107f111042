// Search at scale (PostgreSQL): BENCH_SEARCH_ROWS messages and notes seeded in SQL, the search
// box's latency over them, and the plans, which must use the GIN indexes.
import postgres from "postgres";
import { record } from "./report.ts";
import { timed } from "./rest.ts";
import { settings } from "./settings.ts";
import { call, type World } from "./world.ts";

const SEARCH_ROWS = settings.searchRows;

const VOCABULARY = (
  "water light energy cell membrane osmosis protein enzyme carbon oxygen photosynthesis plant " +
  "root leaf sugar glucose respiration mitochondria nucleus gene DNA RNA chromosome mutation " +
  "evolution species habitat climate temperature pressure volume gas liquid solid molecule atom " +
  "electron proton neutron charge current voltage resistance circuit magnet field force mass " +
  "acceleration velocity momentum friction gravity orbit planet star galaxy telescope wave " +
  "frequency sound vibration reflection refraction lens mirror spectrum colour heat conduction " +
  "convection radiation insulation metal alloy crystal salt acid base neutral reaction catalyst " +
  "equation balance fraction ratio percentage algebra geometry triangle circle angle area " +
  "perimeter volume graph slope function variable integer prime factor multiple history empire " +
  "war treaty revolution parliament king queen trade river mountain desert ocean continent " +
  "island language grammar verb noun adjective sentence paragraph essay poem novel author " +
  "character theme metaphor rhythm rhyme chapter library museum experiment hypothesis evidence " +
  "data sample measure error average median variance probability chance dice coin random"
).split(" ");

// A vocabulary the size of real text: the words above (the most frequent) and 5,000 made-up ones,
// so that, as in real notes, a query's words are in some rows and not in most.
const SYLLABLES = "ba ko ri mu te sa lo vi ne da pu ge ho ka zi".split(" ");
const WORDS = [
  ...VOCABULARY,
  ...Array.from(
    { length: 5000 },
    (_, i) =>
      SYLLABLES[i % 15]! +
      SYLLABLES[Math.floor(i / 15) % 15]! +
      SYLLABLES[Math.floor(i / 225) % 15]! +
      "n",
  ),
];

async function seedSearch(pgUrl: string, userId: string, total: number) {
  const sql = postgres(pgUrl, { max: 1, onnotice: () => {} });
  try {
    const half = Math.floor(total / 2);
    const text = (n: number) =>
      `(select string_agg((array[${WORDS.map((w) => `'${w}'`).join(",")}])[1 + floor(${WORDS.length} * power(random(), 2))::int], ' ') from generate_series(1, ${n}) w where g > 0)`;
    await sql.unsafe(
      `
      insert into conversations (user_id, title)
      select '${userId}', 'Conversation ' || g from generate_series(1, 500) g`.replace(/\s+/g, " "),
    );
    await sql`
      insert into messages (conversation_id, user_id, role, content)
      select c.id, ${userId}, case when g % 2 = 0 then 'user' else 'assistant' end,
        ${sql.unsafe(text(40))}
      from generate_series(1, ${half}) g
      join (select id, row_number() over () - 1 as n from conversations where user_id = ${userId}) c
        on c.n = g % 500`;
    await sql`
      insert into notes (user_id, title, content)
      select ${userId}, 'Note ' || g || ' ' || ${sql.unsafe(text(3))}, ${sql.unsafe(text(60))}
      from generate_series(1, ${total - half}) g`;
    await sql`analyze messages`;
    await sql`analyze notes`;
    await sql`analyze conversations`;
  } finally {
    await sql.end();
  }
}

async function explainSearch(pgUrl: string, userId: string, q: string) {
  const sql = postgres(pgUrl, { max: 1, onnotice: () => {} });
  try {
    const query = q
      .split(" ")
      .map((w) => `${w.toLowerCase()}:*`)
      .join(" | ");
    const plans: string[] = [];
    for (const statement of [
      `select m.id, ts_rank_cd(m.search, q) r from messages m join conversations c on c.id = m.conversation_id, to_tsquery('english', $2) q
       where c.user_id = $1 and m.status = 'complete' and m.search @@ q order by r desc limit 10`,
      `select n.id, ts_rank_cd(n.search, q) r from notes n, to_tsquery('english', $2) q
       where n.user_id = $1 and n.search @@ q order by r desc limit 10`,
    ]) {
      const plan = await sql.unsafe(`explain (costs off) ${statement}`, [userId, query]);
      plans.push(plan.map((r) => Object.values(r)[0] as string).join("\n"));
    }
    return plans;
  } finally {
    await sql.end();
  }
}

export async function searchAtScale(world: World, pgUrl: string, label: string) {
  const me = (await call(world.base, "GET", "/api/auth/me", undefined, world.bearer)) as {
    id: string;
  };
  const started = performance.now();
  await seedSearch(pgUrl, me.id, SEARCH_ROWS);
  console.log(
    `  seeded ${SEARCH_ROWS} messages and notes in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
  const queries = Array.from({ length: 60 }, () =>
    Array.from(
      { length: 2 + Math.floor(random() * 3) },
      () => WORDS[Math.floor(random() * WORDS.length)],
    ).join(" "),
  );
  const times = await timed(queries.length, (i) =>
    call(
      world.base,
      "GET",
      `/api/core/search?q=${encodeURIComponent(queries[i % queries.length]!)}`,
      undefined,
      world.bearer,
    ),
  );
  const cmd = "BENCH_ONLY=search npm run bench";
  for (const q of ["p50", "p95"] as const)
    record(
      `${label}: search box over ${SEARCH_ROWS / 1000}k messages+notes, ${q}`,
      `${times[q].toFixed(1)} ms`,
      "",
      null,
      cmd,
    );
  const plans = await explainSearch(pgUrl, me.id, queries[0]!);
  const indexed = plans.map((p) => /Bitmap Index Scan on (messages|notes)_search_idx/.test(p));
  record(
    `${label}: search plans use the GIN indexes (messages, notes)`,
    indexed.map((b) => (b ? "yes" : "no")).join(", "),
    "both",
    indexed.every(Boolean),
    cmd,
  );
  console.log(plans.map((p) => p.replace(/^/gm, "    ")).join("\n\n"));
}
