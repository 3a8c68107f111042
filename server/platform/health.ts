import { sql } from "drizzle-orm";
import { getDatabase } from "@/db/client";

/** Opens (and on first use migrates) the database and checks it answers. */
export async function checkHealth(): Promise<{ status: "ok"; database: "pglite" | "postgres" }> {
  const database = await getDatabase();
  await database.db.execute(sql`select 1`);
  return { status: "ok", database: database.kind };
}
