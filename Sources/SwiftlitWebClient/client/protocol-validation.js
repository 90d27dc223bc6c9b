// Shape checks for wire messages, driven by the tables in protocol-schema.js.
// Unknown fields in server messages are tolerated (a newer server may add optional fields); the
// client's own messages are held to the server's rule that unknown keys are refused.

import {
  BLOCK_LAYOUT_FIELDS,
  CHART_SERIES_FIELDS,
  CLIENT_MESSAGE_FIELDS,
  DATA_COLUMN_FIELDS,
  NODE_FIELDS,
  NUMBER_SPEC_FIELDS,
  SERVER_MESSAGE_FIELDS,
  WIDGET_INFO_FIELDS,
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
  checkField(op.op, "enum:set|insert|remove|trim", `${where}.op`);
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
  } else checkField(op.count, "int", `${where}.count`);
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
  if (type.startsWith("enum:")) {
    // Numeric members (a heading's level) are numbers on the wire, the others strings.
    const allowed = type.slice(5).split("|").map((item) => /^\d+$/.test(item) ? Number(item) : item);
    const ok = allowed.includes(/** @type {string | number} */ (value));
    return expect(ok, `one of ${allowed.join(", ")}`, value, where);
  }
  switch (type) {
    case "string":
      return expect(typeof value === "string", "a string", value, where);
    case "number":
      return expect(Number.isFinite(value), "a finite number", value, where);
    case "bool":
      return expect(typeof value === "boolean", "a boolean", value, where);
    case "int":
      return expect(Number.isInteger(value) && Number(value) >= 0, "a non-negative integer", value, where);
    case "json":
      return;
    case "strings":
      expect(Array.isArray(value), "an array of strings", value, where);
      return /** @type {unknown[]} */ (value).forEach((item, i) =>
        checkField(item, "string", `${where}[${i}]`)
      );
    case "numbers":
      expect(Array.isArray(value), "an array of numbers", value, where);
      return /** @type {unknown[]} */ (value).forEach((item, i) =>
        checkField(item, "number", `${where}[${i}]`)
      );
    case "widget":
      return checkFields(asObject(value, where), WIDGET_INFO_FIELDS, where, false);
    case "numberSpec":
      return checkFields(asObject(value, where), NUMBER_SPEC_FIELDS, where, false);
    case "ops":
      expect(Array.isArray(value), "an array of operations", value, where);
      return /** @type {unknown[]} */ (value).forEach((op, i) => checkOp(op, `${where}[${i}]`));
    case "rowsCount":
      return expect(
        Number.isInteger(value) && Number(value) >= 1 && Number(value) <= 1000,
        "1…1000",
        value,
        where,
      );
    case "columns":
      return checkArray(
        value,
        where,
        (item, at) => checkFields(asObject(item, at), DATA_COLUMN_FIELDS, at, false),
      );
    case "series":
      return checkArray(
        value,
        where,
        (item, at) => checkFields(asObject(item, at), CHART_SERIES_FIELDS, at, false),
      );
    case "rows":
      return checkArray(value, where, (row, at) => checkArray(row, at, checkCell));
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
 * A table cell: a JSON scalar.
 * @param {unknown} value
 * @param {string} where
 */
function checkCell(value, where) {
  const ok = value === null || ["boolean", "string"].includes(typeof value) || Number.isFinite(value);
  expect(ok, "null, a boolean, a finite number or a string", value, where);
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
