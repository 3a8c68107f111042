// The local Google stand-in as a process, for the Playwright journey (playwright.config.ts
// starts it on E2E_PORT + 50): `node tests/integrations/mock-google-server.ts <port>`.
import { startMockGoogle } from "./mock-google.ts";

const port = Number(process.argv[2] ?? 0);
const mock = await startMockGoogle(port);
// A couple of events, so the dashboard has something to show.
const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
mock.events.push({
  id: "seeded1",
  summary: "Team stand-up",
  start: { dateTime: inHours(20) },
  end: { dateTime: inHours(20.5) },
  htmlLink: `${mock.url}/calendar/event?eid=seeded1`,
});
console.log(`mock Google listening at ${mock.url}`);
