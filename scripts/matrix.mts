// The JWT library matrix (lib/threats/libraries/): every token of the attack range fed to
// several JWT libraries, as their quick-starts call them and as a careful user does. Writes
// lib/threats/libraries/matrix.json, which /threats/libraries shows and a test checks for drift.
//   npm run matrix
import { writeFileSync } from "node:fs";
import { format } from "prettier";
import { computeMatrix } from "@/lib/threats/libraries/run";
import { MATRIX_FILE } from "@/lib/threats/libraries/results";

const matrix = await computeMatrix();
// Formatted as the repository's own check (Prettier) wants it, so a fresh run leaves lint green.
const text = JSON.stringify({ node: process.version, ...matrix });
writeFileSync(MATRIX_FILE, await format(text, { parser: "json", filepath: MATRIX_FILE }));

const mark = (accepted: boolean) => (accepted ? "ACCEPTS" : "refuses");
for (const library of matrix.libraries) {
  console.log(`\n${library.packageName} ${library.version} — ${library.quickStart}`);
  for (const { id } of matrix.cases) {
    const row = library.rows[id]!;
    const closed = row.closedBy.length > 0 ? `  closed by ${row.closedBy.join(", ")}` : "";
    console.log(
      `  ${id.padEnd(22)} quick-start ${mark(row.quickStart.accepted)}  careful ${mark(row.careful.accepted)}${closed}`,
    );
  }
}
console.log(`\nWritten: ${MATRIX_FILE}`);
