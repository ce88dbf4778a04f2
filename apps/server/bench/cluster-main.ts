// N server processes on one port (issue 12 §3): the cluster primary forks N workers, each
// running the product's own entry (src/main.ts) unchanged, with the environment the bench
// set. node bench/cluster-main.ts <processes>
import cluster from "node:cluster";
import { fileURLToPath } from "node:url";

const processes = Number(process.argv[2] ?? 2);
cluster.setupPrimary({ exec: fileURLToPath(new URL("../src/main.ts", import.meta.url)) });
let stopping = false;
let listening = 0;
for (let i = 0; i < processes; i += 1) cluster.fork();
// The bench waits for this line: /healthz alone answers as soon as the first worker listens.
cluster.on("listening", () => {
  listening += 1;
  if (listening === processes) console.log(`all ${processes} workers listening`);
});
cluster.on("exit", (worker, code) => {
  // A worker dying under load would silently halve the figures: stop the whole run instead.
  if (!stopping) {
    console.error(`worker ${worker.process.pid} exited with ${code}`);
    process.exit(1);
  }
});
process.once("SIGTERM", () => {
  stopping = true;
  const workers = Object.values(cluster.workers ?? {});
  let left = workers.length;
  if (left === 0) process.exit(0);
  for (const worker of workers) {
    worker?.once("exit", () => {
      left -= 1;
      if (left === 0) process.exit(0);
    });
    worker?.process.kill("SIGTERM");
  }
});
