// Shape checks for wire messages, driven by the tables in protocol-schema.js (generated from the Swift
// types), and the rules the generator leaves to this file: operations, widget values, table rows.
// Unknown fields in server messages are tolerated (a newer server may add optional fields); the
// client's own messages are held to the server's rule that unknown keys are refused.

import {
  BLOCK_LAYOUT_FIELDS,
  CLIENT_MESSAGE_FIELDS,
  NODE_FIELDS,
  OBJECT_FIELDS,
  SERVER_MESSAGE_FIELDS,
} from "./protocol-schema.js";

/** @typedef {import("./protocol-schema.js").FieldRule} FieldRule */

/**
 * Throws unless `value` has the shape of a server message.
 * @param {unknown} value a parsed frame
 * @returns {void}
 */
export function checkServerMessage(value) {
  checkTagged(value, "type", SERVER_MESSAGE_FIELDS, null, false);
}

/**
 * Throws unless `value` has the shape of a client message, with no unknown keys.
 * @param {unknown} value
 * @returns {void}
 */
export function checkClientMessage(value) {
  checkTagged(value, "type", CLIENT_MESSAGE_FIELDS, null, true);
}

/**
 * Throws unless `value` is a well-formed operation.
 * @param {unknown} value
 * @param {string} where the field's location, for the error message
 * @returns {void}
 */
export function checkOp(value, where) {
  const op = asObject(value, where);
  checkField(op.op, "enum:set|insert|remove|trim|splice", `${where}.op`);
  checkPath(op.path, `${where}.path`);
  if (op.op !== "trim" && /** @type {unknown[]} */ (op.path).length < 2) {
    // Only trim names a container; the others name a position inside one.
    throw new Error(`${where}.path: a ${op.op} needs a root and an index, got [${op.path}]`);
  }
  if (op.op === "set" || op.op === "insert") {
    checkTagged(op.node, "kind", NODE_FIELDS, `${where}.node`, false);
    const node = /** @type {Record<string, unknown>} */ (op.node);
    // A block's other fields depend on its layout, which checkTagged has already checked.
    if (node.kind === "block") {
      checkFields(node, BLOCK_LAYOUT_FIELDS[/** @type {string} */ (node.layout)], `${where}.node`, false);
    }
  } else if (op.op === "splice") {
    checkField(op.keep, "int", `${where}.keep`);
    checkField(op.text, "string", `${where}.text`);
  } else checkField(op.count, "int", `${where}.count`);
}

/**
 * Whether this client implements `rule` (a {@link FieldRule}, with or without its `?`), so that a test
 * can check every rule the generated schema uses.
 * @param {string} rule
 * @returns {boolean}
 */
export function isKnownRule(rule) {
  const type = rule.replace(/\?$/, "").replace(/(\[\])+$/, "");
  if (type.startsWith("enum:") || /^int:-?\d+\.\.-?\d+$/.test(type) || Object.hasOwn(OBJECT_FIELDS, type)) {
    return true;
  }
  return [
    "string",
    "widgetId",
    "number",
    "bool",
    "int",
    "integer",
    "json",
    "op",
    "rows",
    "widgetValues",
    "stringMap",
    "chartColumn",
  ]
    .includes(type);
}

/**
 * @param {unknown} value
 * @param {string} tagName the discriminating field: `type` or `kind`
 * @param {Record<string, Record<string, FieldRule>>} table fields per tag
 * @param {string | null} where the location; `null` for a whole message, which is then named by its type
 * @param {boolean} strict refuse fields the table does not list
 */
function checkTagged(value, tagName, table, where, strict) {
  const object = asObject(value, where ?? "message");
  const tag = object[tagName];
  if (typeof tag !== "string" || !Object.hasOwn(table, tag)) {
    const known = Object.keys(table).join(", ");
    throw new Error(`${where ?? "message"}.${tagName}: expected one of ${known}, got ${describe(tag)}`);
  }
  checkFields(object, table[tag], where ?? tag, strict, tagName);
}

/**
 * @param {Record<string, unknown>} object
 * @param {Record<string, FieldRule>} rules
 * @param {string} where
 * @param {boolean} strict
 * @param {string} [tagName] a field allowed besides the rules
 */
function checkFields(object, rules, where, strict, tagName) {
  for (const [name, rule] of Object.entries(rules)) {
    const optional = rule.endsWith("?");
    if (object[name] === undefined) {
      if (!optional) throw new Error(`${where}: the required field "${name}" is missing`);
      continue;
    }
    checkField(object[name], optional ? rule.slice(0, -1) : rule, `${where}.${name}`);
  }
  if (strict) {
    const unknown = Object.keys(object).filter((key) => key !== tagName && !Object.hasOwn(rules, key));
    if (unknown.length > 0) throw new Error(`${where}: unknown field(s) ${unknown.join(", ")}`);
  }
}

/**
 * @param {unknown} value
 * @param {string} type a {@link FieldRule} without its `?`
 * @param {string} where
 */
function checkField(value, type, where) {
  if (type.endsWith("[]")) {
    return checkArray(value, where, (item, at) => checkField(item, type.slice(0, -2), at));
  }
  if (type.startsWith("enum:")) {
    // Numeric members (a heading's level) are numbers on the wire, the others strings.
    const allowed = type.slice(5).split("|").map((item) => /^\d+$/.test(item) ? Number(item) : item);
    const ok = allowed.includes(/** @type {string | number} */ (value));
    return expect(ok, `one of ${allowed.join(", ")}`, value, where);
  }
  if (type.startsWith("int:")) {
    const [low, high] = type.slice(4).split("..").map(Number);
    const ok = Number.isInteger(value) && Number(value) >= low && Number(value) <= high;
    return expect(ok, `an integer from ${low} to ${high}`, value, where);
  }
  if (Object.hasOwn(OBJECT_FIELDS, type)) {
    return checkFields(asObject(value, where), OBJECT_FIELDS[type], where, false);
  }
  switch (type) {
    case "string":
    case "widgetId":
      return expect(typeof value === "string", "a string", value, where);
    case "number":
      return expect(Number.isFinite(value), "a finite number", value, where);
    case "bool":
      return expect(typeof value === "boolean", "a boolean", value, where);
    case "int":
      return expect(Number.isInteger(value) && Number(value) >= 0, "a non-negative integer", value, where);
    case "integer":
      return expect(Number.isInteger(value), "an integer", value, where);
    case "json":
      return;
    case "op":
      return checkOp(value, where);
    case "rows":
      return checkArray(value, where, (row, at) => checkArray(row, at, checkCell));
    case "chartColumn":
      return checkChartColumn(value, where);
    case "stringMap":
      for (const [name, item] of Object.entries(asObject(value, where))) {
        expect(typeof item === "string", "a string", item, `${where}["${name}"]`);
      }
      return;
    case "widgetValues":
      for (const [id, item] of Object.entries(asObject(value, where))) {
        checkWidgetValue(item, `${where}["${id}"]`);
      }
      return;
    default:
      throw new Error(`${where}: internal error, unknown field rule "${type}"`);
  }
}

/**
 * @param {unknown} value
 * @param {string} where
 */
function checkWidgetValue(value, where) {
  const isScalar = (/** @type {unknown} */ item) =>
    item === null || ["boolean", "string"].includes(typeof item) || Number.isFinite(item);
  const ok = isScalar(value) || (Array.isArray(value) && value.every(isScalar));
  expect(ok, "null, a boolean, a finite number, a string or an array of those", value, where);
}

/**
 * @param {unknown} value
 * @param {string} where
 * @param {(item: unknown, where: string) => void} checkItem
 */
function checkArray(value, where, checkItem) {
  expect(Array.isArray(value), "an array", value, where);
  /** @type {unknown[]} */ (value).forEach((item, i) => checkItem(item, `${where}[${i}]`));
}

/**
 * A table cell: a JSON scalar, or (a `json` column's lists and objects) any JSON.
 * @param {unknown} value
 * @param {string} where
 */
function checkCell(value, where) {
  if (Array.isArray(value)) return value.forEach((item, i) => checkCell(item, `${where}[${i}]`));
  if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) checkCell(item, `${where}.${key}`);
    return;
  }
  const ok = value === null || ["boolean", "string"].includes(typeof value) || Number.isFinite(value);
  expect(ok, "null, a boolean, a finite number, a string, or a list or object of those", value, where);
}

/**
 * What each typed array of a chart column holds.
 * @type {Readonly<Record<"numbers" | "texts" | "booleans" | "codes", [string, (item: unknown) => boolean]>>}
 */
const CHART_COLUMN_VALUES = Object.freeze({
  numbers: ["a finite number", (/** @type {unknown} */ item) => Number.isFinite(item)],
  texts: ["a string", (/** @type {unknown} */ item) => typeof item === "string"],
  booleans: ["a boolean", (/** @type {unknown} */ item) => typeof item === "boolean"],
  codes: [
    "a position in categories",
    (/** @type {unknown} */ item) => Number.isInteger(item) && Number(item) >= 0,
  ],
});

/**
 * A chart column: a name, exactly one typed array of values, and optionally the positions in it
 * whose value is missing.
 * @param {unknown} value
 * @param {string} where
 */
function checkChartColumn(value, where) {
  const column = asObject(value, where);
  checkField(column.name, "string", `${where}.name`);
  const arrays = Object.keys(CHART_COLUMN_VALUES).filter((key) => column[key] !== undefined);
  if (arrays.length !== 1) {
    throw new Error(
      `${where}: a chart column holds exactly one of numbers, texts, booleans or codes, got ${arrays.length}`,
    );
  }
  const key = /** @type {keyof typeof CHART_COLUMN_VALUES} */ (arrays[0]);
  const [words, isValue] = CHART_COLUMN_VALUES[key];
  checkArray(column[key], `${where}.${key}`, (item, at) => expect(isValue(item), words, item, at));
  if (key === "codes") {
    checkField(column.categories, "string[]", `${where}.categories`);
    const count = /** @type {unknown[]} */ (column.categories).length;
    checkArray(
      column.codes,
      `${where}.codes`,
      (item, at) => expect(Number(item) < count, `below ${count}`, item, at),
    );
  } else if (column.categories !== undefined) {
    throw new Error(`${where}: categories belong to codes`);
  }
  if (column.missing !== undefined) {
    const count = /** @type {unknown[]} */ (column[key]).length;
    checkArray(
      column.missing,
      `${where}.missing`,
      (item, at) =>
        expect(
          Number.isInteger(item) && Number(item) >= 0 && Number(item) < count,
          `a position below ${count}`,
          item,
          at,
        ),
    );
  }
}

/**
 * @param {unknown} value
 * @param {string} where
 */
function checkPath(value, where) {
  const ok = Array.isArray(value) && value.length > 0 && value.every((i) => Number.isInteger(i) && i >= 0);
  expect(ok, "a non-empty array of non-negative integers", value, where);
}

/**
 * @param {unknown} value
 * @param {string} where
 * @returns {Record<string, unknown>}
 */
function asObject(value, where) {
  expect(typeof value === "object" && value !== null && !Array.isArray(value), "an object", value, where);
  return /** @type {Record<string, unknown>} */ (value);
}

/**
 * @param {boolean} condition
 * @param {string} expected
 * @param {unknown} value
 * @param {string} where
 */
function expect(condition, expected, value, where) {
  if (!condition) throw new Error(`${where}: expected ${expected}, got ${describe(value)}`);
}

/**
 * @param {unknown} value
 * @returns {string}
 */
function describe(value) {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
