import path from "node:path";
import type { Matrix } from "@/lib/threats/libraries/run";
import saved from "@/lib/threats/libraries/matrix.json";

/** The matrix as `npm run matrix` last wrote it: what /threats/libraries shows. */

export const MATRIX_FILE = path.join("lib", "threats", "libraries", "matrix.json");

export type SavedMatrix = Matrix & { node: string };

export const SAVED_MATRIX = saved as SavedMatrix;
