// Prepares rows in worker threads, for `npm run import` and the benchmark. Kept out of
// import-csv.ts's imports on purpose: a Next.js bundle cannot start a worker from source,
// and its bundler refuses `new Worker(new URL(...))` for a file it does not build.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { PreparedChunk } from "./prepare-rows";
import type { PreparerFactory } from "./preparer-pool";

export function workerPreparers(workers: number): PreparerFactory {
  return (mapping, now) => {
    const waiting = new Map<number, { resolve: (c: PreparedChunk) => void; reject: (e: Error) => void }>();
    const fail = (err: Error) => {
      for (const w of waiting.values()) w.reject(err);
      waiting.clear();
    };
    const threads = Array.from({ length: workers }, () => {
      const t = startWorker({ mapping, now });
      t.on("message", (m: { id: number; chunk?: PreparedChunk; error?: string }) => {
        const w = waiting.get(m.id);
        waiting.delete(m.id);
        if (m.chunk) w?.resolve(m.chunk);
        else w?.reject(new Error(`preparing rows failed: ${m.error}`));
      });
      t.on("error", fail);
      t.on("exit", (code) => code !== 0 && fail(new Error(`a preparing thread stopped (exit code ${code})`)));
      return t;
    });
    let next = 0;
    return {
      parallelism: workers,
      prepare(items) {
        const id = next++;
        return new Promise((resolve, reject) => {
          waiting.set(id, { resolve, reject });
          threads[id % threads.length]!.postMessage({ id, items });
        });
      },
      async close() {
        await Promise.all(threads.map((t) => t.terminate()));
      },
    };
  };
}

// Run from TypeScript sources (npm scripts through tsx, tests), a new thread has no
// TypeScript loader of its own: register tsx's in it before loading the worker module.
function startWorker(workerData: unknown): Worker {
  const here = import.meta.url;
  const ext = path.extname(new URL(here).pathname);
  const entry = new URL(`./prepare-worker${ext}`, here).href;
  if (ext !== ".ts") return new Worker(new URL(entry), { workerData });
  const tsx = path.join(path.dirname(createRequire(here).resolve("tsx/package.json")), "dist/esm/api/index.mjs");
  const boot = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData });
}
