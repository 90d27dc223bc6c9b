// Reads the protocol fixtures shared with the Swift tests (Tests/Fixtures/protocol/*.json).

const FIXTURE_DIRECTORY = new URL("../Fixtures/protocol/", import.meta.url);

/**
 * The text of one fixture.
 * @param {string} name e.g. `server-delta.json`
 * @returns {string}
 */
export function fixtureText(name) {
  return Deno.readTextFileSync(new URL(name, FIXTURE_DIRECTORY));
}

/**
 * The names of every fixture, sorted.
 * @returns {string[]}
 */
export function fixtureNames() {
  return [...Deno.readDirSync(FIXTURE_DIRECTORY)]
    .filter((entry) => entry.isFile && entry.name.endsWith(".json"))
    .map((entry) => entry.name)
    .sort();
}
