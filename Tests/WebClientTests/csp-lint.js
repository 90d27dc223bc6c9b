/// <reference lib="deno.unstable" />
// A deno lint plugin (loaded by Sources/SwiftlitWebClient/client/deno.json) that keeps the client
// within the page's Content-Security-Policy and free of XSS sinks, so that scripts/check-client.sh
// fails on a regression rather than a browser's CSP report. Rules, as `swiftlit/<rule>`:
//
// - no-html-sink: innerHTML/outerHTML/srcdoc writes, insertAdjacentHTML, document.write and
//   friends. Server HTML goes through dom.js's setHtml (safe-html.js); text through setText or h().
// - no-string-code: eval, Function, string setTimeout/setInterval (CSP blocks them without
//   'unsafe-eval'), and javascript:/vbscript: URLs in strings.
// - no-inline-handler: on* attributes (CSP blocks inline handlers): use addEventListener.
// - checked-url: a URL attribute (href, src, …) set from anything but a safe literal, a `#…`
//   fragment or safeUrl()/safeImageUrl() from safe-html.js.
// - blank-target-rel: target="_blank" without rel="noopener noreferrer" beside it.
//
// A deliberate exception carries `// deno-lint-ignore swiftlit/<rule>` and a comment saying why.
// Needs deno 2.2 or later (lint plugins); the reference above only brings in Deno.lint's types.

/** Attributes (and DOM properties) whose value is followed as a URL. */
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "formAction", "xlink:href", "poster"]);
const SCRIPT_URL = /^\s*(?:javascript|vbscript)\s*:/i;
/** An HTML tag with an on…= attribute, in a string. */
const INLINE_HANDLER = /<[a-z][^>]*\son[a-z]+\s*=/i;

/** @typedef {Deno.lint.Node} Node */

/**
 * The literal string value of a node, if it is one.
 * @param {Node | undefined} node
 * @returns {string | undefined}
 */
function stringOf(node) {
  if (node?.type === "Literal" && typeof node.value === "string") return node.value;
  if (node?.type === "TemplateLiteral" && node.expressions.length === 0) return node.quasis[0]?.cooked;
  return undefined;
}

/**
 * The name of a called function: `f(…)` → f, `x.f(…)` → f.
 * @param {Node} callee
 * @returns {string | undefined}
 */
function calleeName(callee) {
  if (callee.type === "Identifier") return callee.name;
  if (callee.type === "MemberExpression" && callee.property.type === "Identifier") {
    return callee.property.name;
  }
  return undefined;
}

/**
 * The attribute name and value of `el.setAttribute(name, value)` or dom.js's `setAttribute(el, name, value)`.
 * @param {Deno.lint.CallExpression} call
 * @returns {{name: string, value: Node | undefined} | undefined}
 */
function setAttributeCall(call) {
  if (calleeName(call.callee) !== "setAttribute") return undefined;
  const offset = call.callee.type === "Identifier" ? 1 : 0;
  const name = stringOf(call.arguments[offset]);
  return name === undefined ? undefined : { name, value: call.arguments[offset + 1] };
}

/**
 * Whether a URL attribute's value is known to be safe.
 * @param {Node | undefined} value
 * @returns {boolean}
 */
function isCheckedUrl(value) {
  if (value === undefined) return true;
  const text = stringOf(value);
  if (text !== undefined) return !SCRIPT_URL.test(text) && !/^\s*data\s*:/i.test(text);
  if (value.type === "TemplateLiteral") return value.quasis[0]?.cooked.startsWith("#") ?? false;
  if (value.type === "CallExpression") {
    const name = calleeName(value.callee);
    return name === "safeUrl" || name === "safeImageUrl";
  }
  if (value.type === "ConditionalExpression") {
    return isCheckedUrl(value.consequent) && isCheckedUrl(value.alternate);
  }
  return value.type === "Literal" && value.value === null;
}

/**
 * The attribute-like properties of an object literal passed to h() or svg().
 * @param {Deno.lint.CallExpression} call
 * @returns {Deno.lint.Property[]}
 */
function attributeProperties(call) {
  const name = calleeName(call.callee);
  const attributes = call.arguments[1];
  if ((name !== "h" && name !== "svg") || attributes?.type !== "ObjectExpression") return [];
  return attributes.properties.filter((property) => property.type === "Property");
}

/**
 * @param {Deno.lint.Property} property
 * @returns {string | undefined}
 */
function keyOf(property) {
  if (property.key.type === "Identifier") return property.key.name;
  return stringOf(property.key);
}

/**
 * @param {Deno.lint.RuleContext} context
 * @returns {boolean} whether the file is one of the checks' own tests (which spell out bad code)
 */
function isTestFile(context) {
  return context.filename.includes("/Tests/WebClientTests/");
}

/** @type {Deno.lint.Plugin} */
const plugin = {
  name: "swiftlit",
  rules: {
    "no-html-sink": {
      create(context) {
        const message = "HTML sink: use setText()/h() for text, dom.js setHtml() for server HTML";
        return {
          AssignmentExpression(node) {
            const target = node.left;
            if (target.type !== "MemberExpression" || target.property.type !== "Identifier") return;
            if (["innerHTML", "outerHTML", "srcdoc"].includes(target.property.name)) {
              context.report({ node, message });
            }
          },
          CallExpression(node) {
            const name = calleeName(node.callee);
            const onDocument = node.callee.type === "MemberExpression" &&
              node.callee.object.type === "Identifier" && node.callee.object.name === "document";
            const sinks = [
              "insertAdjacentHTML",
              "createContextualFragment",
              "parseFromString",
              "setHTMLUnsafe",
            ];
            if (
              (name !== undefined && sinks.includes(name)) ||
              (onDocument && (name === "write" || name === "writeln"))
            ) context.report({ node, message });
          },
        };
      },
    },
    "no-string-code": {
      create(context) {
        return {
          CallExpression(node) {
            const name = node.callee.type === "Identifier" ? node.callee.name : calleeName(node.callee);
            if (name === "eval" || (name === "Function" && node.callee.type === "Identifier")) {
              context.report({ node, message: "code from a string: the CSP has no 'unsafe-eval'" });
            }
            const first = node.arguments[0];
            if (
              (name === "setTimeout" || name === "setInterval") &&
              (first?.type === "Literal" || first?.type === "TemplateLiteral")
            ) context.report({ node, message: `${name} with a string is eval: pass a function` });
          },
          NewExpression(node) {
            if (node.callee.type === "Identifier" && node.callee.name === "Function") {
              context.report({ node, message: "new Function: the CSP has no 'unsafe-eval'" });
            }
          },
          Literal(node) {
            if (isTestFile(context) || typeof node.value !== "string" || !SCRIPT_URL.test(node.value)) return;
            context.report({ node, message: "a javascript:/vbscript: URL: the CSP blocks it" });
          },
        };
      },
    },
    "no-inline-handler": {
      create(context) {
        const message = "an inline event handler: the CSP blocks it; use addEventListener";
        /** @param {Node} node @param {string | undefined} text */
        const checkString = (node, text) => {
          if (!isTestFile(context) && text !== undefined && INLINE_HANDLER.test(text)) {
            context.report({ node, message });
          }
        };
        return {
          CallExpression(node) {
            const call = setAttributeCall(node);
            if (call !== undefined && /^on/i.test(call.name)) context.report({ node, message });
            for (const property of attributeProperties(node)) {
              if (/^on/i.test(keyOf(property) ?? "")) context.report({ node: property, message });
            }
          },
          Literal(node) {
            checkString(node, typeof node.value === "string" ? node.value : undefined);
          },
          TemplateLiteral(node) {
            checkString(node, node.quasis.map((quasi) => quasi.cooked).join("${}"));
          },
        };
      },
    },
    "checked-url": {
      create(context) {
        const message = "a URL attribute from an unchecked value: wrap it in safeUrl()/safeImageUrl()";
        return {
          CallExpression(node) {
            const call = setAttributeCall(node);
            if (call !== undefined && URL_ATTRIBUTES.has(call.name) && !isCheckedUrl(call.value)) {
              context.report({ node, message });
            }
            for (const property of attributeProperties(node)) {
              const key = keyOf(property);
              if (key !== undefined && URL_ATTRIBUTES.has(key) && !isCheckedUrl(property.value)) {
                context.report({ node: property, message });
              }
            }
          },
          AssignmentExpression(node) {
            const target = node.left;
            if (target.type !== "MemberExpression" || target.property.type !== "Identifier") return;
            if (URL_ATTRIBUTES.has(target.property.name) && !isCheckedUrl(node.right)) {
              context.report({ node, message });
            }
          },
        };
      },
    },
    "blank-target-rel": {
      create(context) {
        const message = 'target="_blank" needs rel="noopener noreferrer" in the same h() call';
        /** @param {string | undefined} rel */
        const isSafeRel = (rel) =>
          rel !== undefined && /\bnoopener\b/.test(rel) && /\bnoreferrer\b/.test(rel);
        return {
          CallExpression(node) {
            const call = setAttributeCall(node);
            if (call?.name === "target") context.report({ node, message });
            const properties = attributeProperties(node);
            const target = properties.find((property) => keyOf(property) === "target");
            const rel = properties.find((property) => keyOf(property) === "rel");
            if (target !== undefined && !isSafeRel(rel === undefined ? undefined : stringOf(rel.value))) {
              context.report({ node: target, message });
            }
          },
          AssignmentExpression(node) {
            const target = node.left;
            if (target.type === "MemberExpression" && target.property.type === "Identifier") {
              if (target.property.name === "target") context.report({ node, message });
            }
          },
        };
      },
    },
  },
};

export default plugin;
