import assert from "./assert.js";
import {
  decodeServerMessage,
  encodeClientMessage,
  PROTOCOL_VERSION,
} from "../../Sources/SwiftlitWebClient/client/protocol.js";
import {
  checkClientMessage,
  isKnownRule,
} from "../../Sources/SwiftlitWebClient/client/protocol-validation.js";
import {
  BLOCK_LAYOUT_FIELDS,
  BLOCK_LAYOUTS,
  CLIENT_MESSAGE_FIELDS,
  NODE_FIELDS,
  NODE_KINDS,
  OBJECT_FIELDS,
  SERVER_MESSAGE_FIELDS,
} from "../../Sources/SwiftlitWebClient/client/protocol-schema.js";
import { fixtureNames, fixtureText } from "./fixtures.js";

Deno.test("there are fixtures for both directions", () => {
  const names = fixtureNames();
  assert.ok(names.some((name) => name.startsWith("server-")), "no server-*.json fixture");
  assert.ok(names.some((name) => name.startsWith("client-")), "no client-*.json fixture");
});

for (const name of fixtureNames()) {
  Deno.test(`fixture ${name} decodes and re-encodes identically`, () => {
    const text = fixtureText(name);
    const expected = JSON.parse(text);
    if (name.startsWith("server-")) {
      const decoded = decodeServerMessage(text);
      assert.deepEqual(JSON.parse(JSON.stringify(decoded)), expected);
    } else {
      checkClientMessage(expected);
      assert.deepEqual(JSON.parse(encodeClientMessage(expected)), expected);
    }
  });
}

Deno.test("the fixtures between them use every node kind the client renders", () => {
  const kinds = new Set();
  for (const name of fixtureNames().filter((n) => n.startsWith("server-"))) {
    const message = decodeServerMessage(fixtureText(name));
    if ("ops" in message) { for (const op of message.ops) if (op.op === "set") kinds.add(op.node.kind); }
  }
  assert.deepEqual(NODE_KINDS.filter((kind) => !kinds.has(kind)), []);
});

Deno.test("the fixtures between them use every block layout the client renders", () => {
  const layouts = new Set();
  for (const name of fixtureNames().filter((n) => n.startsWith("server-"))) {
    const message = decodeServerMessage(fixtureText(name));
    if (!("ops" in message)) continue;
    for (const op of message.ops) {
      if (op.op === "set" && op.node.kind === "block") layouts.add(op.node.layout);
    }
  }
  assert.deepEqual(BLOCK_LAYOUTS.filter((layout) => !layouts.has(layout)), []);
});

Deno.test("PROTOCOL_VERSION is 2", () => assert.equal(PROTOCOL_VERSION, 2));

/** Server frames that must be refused, and a piece of the error each must name. */
const MALFORMED_SERVER_MESSAGES = [
  ["not json", "not JSON"],
  ["[]", "expected an object"],
  ['{"type":"hello"}', "message.type"],
  ['{"type":"session","protocol":2,"resumed":false}', '"sessionId" is missing'],
  ['{"type":"delta","run":1}', '"ops" is missing'],
  ['{"type":"delta","run":-1,"ops":[]}', "delta.run"],
  ['{"type":"runFinished","run":1,"status":"done","ops":[]}', "runFinished.status"],
  ['{"type":"delta","run":1,"ops":[{"op":"move","path":[0]}]}', "ops[0].op"],
  [
    '{"type":"delta","run":1,"ops":[{"op":"set","path":[0],"node":{"kind":"divider"}}]}',
    "a root and an index",
  ],
  ['{"type":"delta","run":1,"ops":[{"op":"set","path":[0,-1],"node":{"kind":"divider"}}]}', "ops[0].path"],
  ['{"type":"delta","run":1,"ops":[{"op":"set","path":[0,0],"node":{"kind":"hologram"}}]}', "node.kind"],
  [
    '{"type":"delta","run":1,"ops":[{"op":"set","path":[0,0],"node":{"kind":"heading","level":4,"html":""}}]}',
    "node.level",
  ],
  [
    '{"type":"delta","run":1,"ops":[{"op":"set","path":[0,0],"node":{"kind":"checkbox","widget":{"id":"c"},"value":true}}]}',
    'widget: the required field "label"',
  ],
  [
    '{"type":"delta","run":1,"ops":[{"op":"set","path":[0,0],"node":{"kind":"slider","widget":{"id":"s","label":"S"},"value":["1"],"number":{"step":1}}}]}',
    "node.value[0]",
  ],
  ['{"type":"delta","run":1,"ops":[{"op":"trim","path":[0],"count":1.5}]}', "ops[0].count"],
  [
    '{"type":"delta","run":1,"ops":[{"op":"remove","path":[0],"count":1}]}',
    "a remove needs a root and an index",
  ],
  ['{"type":"delta","run":1,"ops":[{"op":"remove","path":[0,1]}]}', "ops[0].count"],
  ['{"type":"delta","run":1,"ops":[{"op":"insert","path":[0,1]}]}', "ops[0].node"],
  ['{"type":"error","code":"malformedMessage"}', '"message" is missing'],
  // The error codes are ProtocolErrorCode's cases.
  ['{"type":"error","code":"oops","message":"m"}', "error.code"],
  [
    '{"type":"delta","run":1,"ops":[{"op":"set","path":[2,0],"node":{"kind":"toast","html":"","nonce":1.5}}]}',
    "node.nonce",
  ],
  [
    '{"type":"delta","run":1,"ops":[{"op":"set","path":[0,0],"node":{"kind":"block","layout":"vertical","height":2.5}}]}',
    "node.height",
  ],
  // Blocks are checked against their layout's fields.
  [
    '{"type":"delta","run":1,"ops":[{"op":"set","path":[0,0],"node":{"kind":"block","layout":"grid"}}]}',
    "node.layout",
  ],
  [
    '{"type":"delta","run":1,"ops":[{"op":"set","path":[0,0],"node":{"kind":"block","layout":"columns","gap":"small"}}]}',
    '"verticalAlignment" is missing',
  ],
  [
    '{"type":"delta","run":1,"ops":[{"op":"set","path":[0,0],"node":{"kind":"block","layout":"column","weight":"1"}}]}',
    "node.weight",
  ],
  [
    '{"type":"delta","run":1,"ops":[{"op":"set","path":[0,0],"node":{"kind":"block","layout":"tabs","labels":[1]}}]}',
    "node.labels[0]",
  ],
  [
    '{"type":"delta","run":1,"ops":[{"op":"set","path":[0,0],"node":{"kind":"block","layout":"dialog","title":"T","width":"huge","dismissible":true}}]}',
    "node.width",
  ],
  [
    '{"type":"delta","run":1,"ops":[{"op":"set","path":[0,0],"node":{"kind":"block","layout":"status","label":"L","state":"done","expanded":false}}]}',
    "node.state",
  ],
  [
    '{"type":"delta","run":1,"ops":[{"op":"set","path":[0,0],"node":{"kind":"block","layout":"form","id":"f","border":true}}]}',
    '"enterToSubmit" is missing',
  ],
  [
    '{"type":"delta","run":1,"ops":[{"op":"set","path":[2,0],"node":{"kind":"toast","html":"<p>x</p>"}}]}',
    '"nonce" is missing',
  ],
  [
    '{"type":"delta","run":1,"ops":[{"op":"set","path":[2,0],"node":{"kind":"celebration","animation":"fireworks","nonce":1}}]}',
    "node.animation",
  ],
  [
    '{"type":"delta","run":1,"ops":[{"op":"set","path":[0,0],"node":{"kind":"metric","label":"L","value":3}}]}',
    "node.value",
  ],
  [
    '{"type":"delta","run":1,"ops":[{"op":"set","path":[2,0],"node":{"kind":"pageConfig","layout":"full"}}]}',
    "node.layout",
  ],
  [
    '{"type":"delta","run":1,"ops":[{"op":"set","path":[0,0],"node":{"kind":"button","widget":{"id":"b","label":"B"},"formSubmit":"yes"}}]}',
    "node.formSubmit",
  ],
];

for (const [text, fragment] of MALFORMED_SERVER_MESSAGES) {
  Deno.test(`refuses ${text}`, () => {
    assert.throws(
      () => decodeServerMessage(text),
      (error) => error instanceof Error && error.message.includes(fragment),
    );
  });
}

Deno.test("server messages may carry fields this client does not know", () => {
  const text = '{"type":"session","protocol":2,"sessionId":"x","resumed":true,"since":"2026"}';
  assert.equal(decodeServerMessage(text).type, "session");
});

Deno.test("client messages are held to the server's rules", () => {
  assert.throws(() => checkClientMessage({ type: "rerun" }), /"widgets" is missing/);
  assert.throws(
    () => checkClientMessage({ type: "rerun", widgets: {}, extra: 1 }),
    /unknown field\(s\) extra/,
  );
  assert.throws(() => checkClientMessage({ type: "rerun", widgets: { a: { b: 1 } } }), /widgets\["a"\]/);
  assert.throws(() => checkClientMessage({ type: "rerun", widgets: { a: [[1]] } }), /widgets\["a"\]/);
  assert.throws(() => checkClientMessage({ type: "hello" }), /"protocol" is missing/);
  assert.doesNotThrow(() => checkClientMessage({ type: "hello", protocol: 2 }));
  assert.throws(() => encodeClientMessage({ type: "rerun", widgets: { n: Number.NaN } }), /finite number/);
  assert.doesNotThrow(() => checkClientMessage({ type: "rerun", widgets: {}, trigger: "b", fragment: "f" }));
  assert.throws(() => checkClientMessage({ type: "rerun", widgets: {}, fragment: 3 }), /rerun\.fragment/);
});

Deno.test("the generated schema uses only rules this client implements", () => {
  const tables = [
    NODE_FIELDS,
    BLOCK_LAYOUT_FIELDS,
    SERVER_MESSAGE_FIELDS,
    CLIENT_MESSAGE_FIELDS,
    OBJECT_FIELDS,
  ];
  const rules = tables.flatMap((table) => Object.values(table).flatMap((fields) => Object.values(fields)));
  assert.deepEqual(rules.filter((rule) => !isKnownRule(rule)), []);
  assert.ok(!isKnownRule("video"));
});

Deno.test("an app's size options may be any integer: the runtime passes them through", () => {
  // Swift `Int` fields without a promise (heights, maxChars, maxSelections) are signed on the wire.
  const text = JSON.stringify({
    type: "delta",
    run: 1,
    ops: [
      { op: "set", path: [0, 0], node: { kind: "block", layout: "vertical", height: -1 } },
      {
        op: "set",
        path: [0, 1],
        node: { kind: "textArea", widget: { id: "t", label: "T" }, maxChars: -5, height: -2 },
      },
    ],
  });
  assert.doesNotThrow(() => decodeServerMessage(text));
});

Deno.test("a rows request counts 1 to 1000 rows", () => {
  assert.doesNotThrow(() => checkClientMessage({ type: "rows", table: "t", offset: 0, count: 1000 }));
  assert.throws(() => checkClientMessage({ type: "rows", table: "t", offset: 0, count: 0 }), /rows\.count/);
  assert.throws(() => checkClientMessage({ type: "rows", table: "t", offset: 0, count: 1001 }), /1 to 1000/);
  assert.throws(() => checkClientMessage({ type: "rows", table: "t", offset: -1, count: 1 }), /rows\.offset/);
});

Deno.test("a block may carry the fields of its layout and no others are required", () => {
  const text = JSON.stringify({
    type: "delta",
    run: 1,
    ops: [
      { op: "set", path: [0, 0], node: { kind: "block", layout: "slot" } },
      { op: "set", path: [0, 1], node: { kind: "block", layout: "vertical" } },
      { op: "set", path: [0, 2], node: { kind: "progress", value: 1 } },
      { op: "set", path: [2, 0], node: { kind: "pageConfig" } },
    ],
  });
  const message = decodeServerMessage(text);
  assert.equal("ops" in message ? message.ops.length : 0, 4);
});
