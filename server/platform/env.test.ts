import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const SECRET = "x".repeat(40);

describe("parseEnv", () => {
  it("needs no variables outside production", () => {
    const env = parseEnv({ NODE_ENV: "test" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe(".data/pglite");
    expect(env.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(env.ACCESS_TOKEN_TTL_SECONDS).toBe(900);
  });

  it("reads per-plan allowances, and names a malformed one", () => {
    expect(parseEnv({ NODE_ENV: "test" }).LIVE_MONTHLY_SECONDS).toEqual({
      free: 1800,
      pro: 36_000,
    });
    expect(
      parseEnv({ NODE_ENV: "test", LIVE_MONTHLY_SECONDS: "free:60, team:7200" })
        .LIVE_MONTHLY_SECONDS,
    ).toEqual({ free: 60, team: 7200 });
    expect(() => parseEnv({ NODE_ENV: "test", LIVE_MONTHLY_SECONDS: "free:lots" })).toThrow(
      /LIVE_MONTHLY_SECONDS: "free:lots" is not plan:count/,
    );
    expect(parseEnv({ NODE_ENV: "test" }).CHAT_DAILY_LIMITS).toEqual({ free: 200, pro: 5000 });
  });

  it("refuses to run production without AUTH_SECRET, naming it", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(
      /AUTH_SECRET: is required in production/,
    );
  });

  it("names every bad variable at once", () => {
    let message = "";
    try {
      parseEnv({
        NODE_ENV: "production",
        AUTH_SECRET: "short",
        DATABASE_URL: "mysql://x",
        PORT: "http",
      });
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/AUTH_SECRET: must be at least 32 characters/);
    expect(message).toMatch(/DATABASE_URL: must be a postgres/);
    expect(message).toMatch(/PORT:/);
  });

  it("accepts a PostgreSQL URL, trusted proxies and treats blanks as unset", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      AUTH_SECRET: SECRET,
      DATABASE_URL: "postgres://u@127.0.0.1:5432/db",
      TRUSTED_PROXIES: " 10.0.0.0/8, ::1 ",
      HOST: "",
    });
    expect(env.DATABASE_URL).toBe("postgres://u@127.0.0.1:5432/db");
    expect(env.TRUSTED_PROXIES).toEqual(["10.0.0.0/8", "::1"]);
    expect(env.HOST).toBeUndefined();
    expect(env.AUTH_SECRET).toBe(SECRET);
  });
});
