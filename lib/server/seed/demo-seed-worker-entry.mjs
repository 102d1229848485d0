// Worker threads start without the TypeScript loader of the process that spawned them;
// this plain-JS entry registers tsx, then runs the real worker.
import { register } from "tsx/esm/api";

register();
await import("./demo-seed-worker.ts");
