// Lets Node run the app's TypeScript directly (bench only): "@/x" is the repository root, and
// extensionless relative imports find their .ts file, as the bundler and vitest resolve them.
import { registerHooks } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");

registerHooks({
  resolve(specifier, context, next) {
    const target = specifier.startsWith("@/")
      ? pathToFileURL(path.join(root, specifier.slice(2))).href
      : specifier;
    try {
      return next(target, context);
    } catch (error) {
      if (!target.startsWith(".") && !target.startsWith("file:")) throw error;
      for (const suffix of [".ts", "/index.ts"]) {
        try {
          return next(target + suffix, context);
        } catch {
          // try the next form
        }
      }
      throw error;
    }
  },
});
