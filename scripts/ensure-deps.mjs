// Installs dependencies when node_modules is missing or stale (used by `npm run dev`).
import { ensureDependencies } from "./lib.mjs";

ensureDependencies();
