// Grants or revokes the platform administrator role (search maintenance), from the shell only:
//   npm run admin:grant -- someone@example.com
//   npm run admin:revoke -- someone@example.com
//   npm run admin:list
// It opens the configured database (DATABASE_URL, or PGlite in PGLITE_DIR: stop the server first,
// since PGlite admits one process). No API call can do this (docs/admin-stats.md).
import nextEnv from "@next/env";
import { eq } from "drizzle-orm";
import { getDatabase } from "@/db/client";
import { platformAdmins, users } from "@/db/schema";
import { getEnv } from "@/server/platform/env";
import { AppError } from "@/server/platform/errors";
import { grantPlatformAdmin, revokePlatformAdmin } from "@/server/search-admin/platform-admin";

nextEnv.loadEnvConfig(process.cwd(), false);

async function main(): Promise<number> {
  const [command, email] = process.argv.slice(2);
  if (
    !command ||
    !["grant", "revoke", "list"].includes(command) ||
    (command !== "list" && !email)
  ) {
    console.error("Usage: npm run admin:grant -- <email> | admin:revoke -- <email> | admin:list");
    return 2;
  }
  const database = await getDatabase();
  try {
    if (command === "grant") {
      await grantPlatformAdmin(database.db, email!, `cli:${process.env.USER ?? "unknown"}`);
      console.log(`${email} is a platform administrator.`);
    } else if (command === "revoke") {
      const removed = await revokePlatformAdmin(database.db, email!);
      console.log(removed ? `${email} is no longer granted.` : `${email} had no grant.`);
      if (getEnv().PLATFORM_ADMIN_EMAILS.includes(email!.toLowerCase())) {
        console.log("It is still named in PLATFORM_ADMIN_EMAILS.");
      }
    } else {
      const rows = await database.db
        .select({ email: users.email, by: platformAdmins.grantedBy, at: platformAdmins.grantedAt })
        .from(platformAdmins)
        .innerJoin(users, eq(users.id, platformAdmins.userId));
      for (const r of rows) console.log(`${r.email}\tgranted by ${r.by} at ${r.at.toISOString()}`);
      for (const e of getEnv().PLATFORM_ADMIN_EMAILS) console.log(`${e}\tPLATFORM_ADMIN_EMAILS`);
    }
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") {
      console.error(`No user has the email ${email}; they must register first.`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

process.exitCode = await main();
