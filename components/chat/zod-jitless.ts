import { z } from "zod";

// zod compiles object schemas with `new Function` where it can, and finds out by trying, which
// the Content-Security-Policy reports as a violation (the AI SDK validates chat messages with
// zod in the browser). The interpreted path is as correct, and fast enough for a browser.
// Imported by the chat alone, the only browser code that runs zod: other pages do not download it.
z.config({ jitless: true });
