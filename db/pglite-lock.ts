import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { threadId } from "node:worker_threads";

/**
 * PGlite has no cross-process lock: two processes on one data folder silently lose writes.
 * This lock file beside the folder makes a second opener fail with a clear message instead.
 * A lock left by a dead process is taken over.
 */
export function lockDataFolder(dir: string): () => void {
  const lockPath = `${dir}.lock`;
  const owner = `${process.pid}:${threadId}`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, owner);
      closeSync(fd);
      const release = () => {
        try {
          if (readFileSync(lockPath, "utf8") === owner) unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readFileSync(lockPath, "utf8").trim();
      const pid = Number(holder.split(":")[0]);
      if (holder !== owner && isAlive(pid)) {
        throw new Error(
          `The embedded database folder ${dir} is in use by process ${pid}. ` +
            `Stop that process, or set PGLITE_DIR to another folder (or DATABASE_URL to a PostgreSQL server).`,
        );
      }
      unlinkSync(lockPath); // stale: its process is gone
    }
  }
  throw new Error(`Could not lock ${dir}`);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
