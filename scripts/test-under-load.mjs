// `npm run test:under-load`: the whole of `npm test`, beside another program that keeps every core
// busy — a contributor's laptop is rarely idle, and a suite that passes only on a quiet machine
// fails someone's pull request for nothing. Run it before each release; it must pass.
//   BURNERS=n  how many busy processes (default: one per core)
import { spawn } from "node:child_process";
import os from "node:os";
import { root } from "./lib.mjs";

const burners = Number(process.env.BURNERS ?? os.availableParallelism());
// Plain busy loops at the same priority as the suite: each wants a whole core all the time, and the
// scheduler shares the cores between them and the suite's own processes.
const BURN =
  "const c=require('node:crypto');let b=Buffer.alloc(64);for(;;)b=c.createHash('sha256').update(b).digest();";
const children = Array.from({ length: burners }, () =>
  spawn(process.execPath, ["-e", BURN], { stdio: "ignore" }),
);
const stopBurners = () => {
  for (const child of children) child.kill("SIGKILL");
};
process.on("exit", stopBurners);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));

console.log(
  `▶ npm test beside ${burners} busy process(es) — one per core of ${os.availableParallelism()}`,
);
const started = Date.now();
const suite = spawn(process.execPath, ["scripts/test.mjs"], { cwd: root, stdio: "inherit" });
suite.on("exit", (code, signal) => {
  stopBurners();
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  console.log(`\nnpm test under load: ${code === 0 ? "passed" : "FAILED"} in ${minutes} min.`);
  process.exit(code ?? (signal ? 1 : 0));
});
