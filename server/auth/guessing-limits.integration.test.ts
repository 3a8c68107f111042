import { expect, it } from "vitest";
import { codeOf } from "@/tests/fixtures";
import { anonymousCtx, describeEachDatabase, unique, uniqueIp } from "@/tests/databases";
import { login } from "./login";
import { refreshSession } from "./refresh";
import { registerUser } from "./register";

// vitest.config.ts sets LOGIN_FAILURES_PER_ACCOUNT_ANY_ADDRESS to 20, so the account-wide limit
// is reachable without hundreds of password hashes; the others are the defaults (10, 50, 30).
describeEachDatabase("guessing limits", (db) => {
  async function newUser() {
    const username = unique("g");
    const password = "the right password";
    await registerUser({
      ctx: anonymousCtx(db()),
      input: { email: `${username.toLowerCase()}@example.com`, username, password },
    });
    return { username, password };
  }

  const tally = (codes: string[]) =>
    codes.reduce<Record<string, number>>((t, c) => ({ ...t, [c]: (t[c] ?? 0) + 1 }), {});

  it(
    "lets at most 10 of 250 parallel wrong logins reach the password check",
    { timeout: 120_000 },
    async () => {
      const { username } = await newUser();
      const ip = uniqueIp();
      const codes = await Promise.all(
        Array.from({ length: 250 }, () =>
          codeOf(login({ ctx: anonymousCtx(db(), ip), input: { username, password: "wrong!!!" } })),
        ),
      );
      const t = tally(codes);
      expect(Object.keys(t).sort()).toEqual(["invalid_credentials", "rate_limited"]);
      expect(t.invalid_credentials).toBeLessThanOrEqual(10);
      expect(t.invalid_credentials).toBeGreaterThan(0);
      // Afterwards the count is exact: the window is spent, whatever the race did.
      expect(
        await codeOf(login({ ctx: anonymousCtx(db(), ip), input: { username, password: "x" } })),
      ).toBe("rate_limited");
    },
  );

  it(
    "does not sign in a correct password sent inside a burst past the limit",
    { timeout: 120_000 },
    async () => {
      const { username, password } = await newUser();
      const ip = uniqueIp();
      const attempts = Array.from({ length: 200 }, (_, i) =>
        codeOf(
          login({
            ctx: anonymousCtx(db(), ip),
            input: { username, password: i === 150 ? password : "wrong!!!" },
          }),
        ),
      );
      const codes = await Promise.all(attempts);
      expect(codes[150]).toBe("rate_limited");
      expect(codes.filter((c) => c !== "rate_limited").length).toBeLessThanOrEqual(10);
    },
  );

  it("limits parallel wrong logins per address across accounts", { timeout: 120_000 }, async () => {
    const ip = uniqueIp();
    const codes = await Promise.all(
      Array.from({ length: 120 }, () =>
        codeOf(
          login({
            ctx: anonymousCtx(db(), ip),
            input: { username: unique("nobody"), password: "wrong!!!" },
          }),
        ),
      ),
    );
    expect(codes.filter((c) => c === "invalid_credentials").length).toBeLessThanOrEqual(50);
    expect(codes.filter((c) => c === "rate_limited").length).toBeGreaterThanOrEqual(70);
  });

  it("gives a success's place back and forgives that address's earlier failures", async () => {
    const { username, password } = await newUser();
    const ip = uniqueIp();
    const attempt = (pw: string) =>
      codeOf(login({ ctx: anonymousCtx(db(), ip), input: { username, password: pw } }));
    for (let i = 0; i < 9; i++) expect(await attempt("wrong!!!")).toBe("invalid_credentials");
    expect(await attempt(password)).toBe("ok");
    // Ten fresh failures fit again; the eleventh does not.
    for (let i = 0; i < 10; i++) expect(await attempt("wrong!!!")).toBe("invalid_credentials");
    expect(await attempt(password)).toBe("rate_limited");
  });

  it("never locks the owner out of an address they signed in from", async () => {
    const { username, password } = await newUser();
    const home = uniqueIp();
    await login({ ctx: anonymousCtx(db(), home), input: { username, password } });

    // A guesser spread over many addresses spends the account-wide allowance (20 here)…
    const addresses = Array.from({ length: 4 }, () => uniqueIp());
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        codeOf(
          login({
            ctx: anonymousCtx(db(), addresses[i % 4]),
            input: { username, password: "wrong!!!" },
          }),
        ),
      ),
    );
    expect(guesses.filter((c) => c === "invalid_credentials").length).toBeLessThanOrEqual(20);
    // …so a new address is refused even with the right password,
    expect(await codeOf(login({ ctx: anonymousCtx(db()), input: { username, password } }))).toBe(
      "rate_limited",
    );
    // but the owner's known address still signs in.
    expect(
      await codeOf(login({ ctx: anonymousCtx(db(), home), input: { username, password } })),
    ).toBe("ok");
  });

  it("lets at most 30 of 100 parallel bad refreshes through, then refuses even a good token", async () => {
    const { username, password } = await newUser();
    const tokens = await login({ ctx: anonymousCtx(db()), input: { username, password } });
    const ip = uniqueIp();
    const codes = await Promise.all(
      Array.from({ length: 100 }, () =>
        codeOf(
          refreshSession({
            ctx: anonymousCtx(db(), ip),
            input: { refresh_token: `xrt_${unique("")}` },
          }),
        ),
      ),
    );
    expect(codes.filter((c) => c === "invalid_token").length).toBeLessThanOrEqual(30);
    expect(codes.filter((c) => c === "rate_limited").length).toBeGreaterThanOrEqual(70);
    expect(
      await codeOf(
        refreshSession({
          ctx: anonymousCtx(db(), ip),
          input: { refresh_token: tokens.refresh_token },
        }),
      ),
    ).toBe("rate_limited");
    // Successful refreshes give their place back: far more than 30 in a row from one address.
    const other = uniqueIp();
    let current = (await login({ ctx: anonymousCtx(db()), input: { username, password } }))
      .refresh_token;
    for (let i = 0; i < 35; i++) {
      current = (
        await refreshSession({ ctx: anonymousCtx(db(), other), input: { refresh_token: current } })
      ).refresh_token;
    }
  });
});
