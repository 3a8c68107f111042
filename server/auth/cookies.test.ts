import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { handlers } from "./nextauth";

async function cookiesFrom(url: string): Promise<string[]> {
  const response = await handlers.GET(new NextRequest(url));
  return response.headers.getSetCookie();
}

describe("browser cookies", () => {
  it("are Secure (and __Host-/__Secure- prefixed), HttpOnly and SameSite over HTTPS", async () => {
    const cookies = await cookiesFrom("https://app.example/api/nextauth/csrf");
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) {
      expect(cookie).toMatch(/^__(Host|Secure)-authjs\./);
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; SameSite=Lax/i);
    }
  });

  it("stay usable on plain-HTTP development servers, still HttpOnly and SameSite", async () => {
    const cookies = await cookiesFrom("http://localhost:3000/api/nextauth/csrf");
    for (const cookie of cookies) {
      expect(cookie).not.toMatch(/; Secure/i);
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; SameSite=Lax/i);
    }
  });
});
