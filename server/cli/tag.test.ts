import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, it } from "node:test";

const ROOT = path.resolve(import.meta.dirname, "../..");

function runTag(
  input: string,
  args: string[] = [],
): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(ROOT, "server/cli/tag.ts"), ...args],
      {
        cwd: ROOT,
        stdio: ["pipe", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ stdout, stderr, code }));
    child.stdin.end(input);
  });
}

describe("npm run tag", () => {
  it("writes one line per item, an error line for a malformed one, and goes on", async () => {
    const input = [
      JSON.stringify({ id: "x1", title: "Shelling in Tartar", text: "Two civilians were killed in Tartar." }),
      "{broken",
      JSON.stringify({ id: "x2", title: "No text field" }),
      JSON.stringify({ id: 7, title: "Quiet day", text: "No casualties were reported.", source: "test" }),
    ].join("\n");
    const { stdout, stderr, code } = await runTag(`${input}\n`);
    assert.equal(code, 0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(lines.length, 4);
    assert.equal(lines[0]?.id, "x1");
    assert.deepEqual(Object.keys(lines[0] ?? {}), [
      "id",
      "casualties",
      "places",
      "statements",
      "actors",
      "eventTypes",
    ]);
    const casualties = lines[0]?.casualties as Array<{ kind: string; count: number; civilian: string }>;
    assert.deepEqual(
      casualties.map((c) => [c.kind, c.count, c.civilian]),
      [["killed", 2, "civilian"]],
    );
    assert.equal(lines[1]?.line, 2);
    assert.match(String(lines[1]?.error), /not valid JSON/);
    assert.equal(lines[2]?.line, 3);
    assert.match(String(lines[2]?.error), /text/);
    assert.deepEqual(lines[3], {
      id: "7",
      casualties: [],
      places: [],
      statements: [],
      actors: [],
      eventTypes: [],
    });
    assert.match(stderr, /"line":2/);
    assert.match(stderr, /"line":3/);
  });

  it("takes a region profile by name", async () => {
    const { stdout, code } = await runTag(
      `${JSON.stringify({ id: "r", title: "t", text: "Aliyev said talks were possible." })}\n`,
      ["--region", "south-caucasus"],
    );
    assert.equal(code, 0);
    const out = JSON.parse(stdout) as { statements: Array<{ affiliation: string }> };
    assert.equal(out.statements[0]?.affiliation, "AZ");
  });
});
