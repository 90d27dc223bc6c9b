// Renderers whose module loads the first time the page shows their kind, by dynamic `import()`: the
// data grid and its modules are a third of the client, and most pages have no grid (registry.js).
//
// The Renderer interface is synchronous, so while the module loads `create` returns a placeholder
// (patch.js stamps it like any element: data-kind, data-testid, data-widget-id). Updates meanwhile
// only replace the node the placeholder will be built from. When the module arrives, each
// placeholder still on the page is replaced by the real element, built from its latest node, in
// the same place: patch.js finds elements by their position, so the swap is all it takes to stay
// in step with tree.js. From then on the real renderer's `update` works in place, and `create`
// builds real elements at once. (A wrapper around the real element would keep one DOM node for
// good, but the element would then not be the one the static renderer builds: CSS, tests and the
// renderer itself read its attributes, classes and parent; a placeholder holds no focus or state,
// so replacing it once loses nothing.)
//
//   create ─▶ placeholder ──update: keep latest node──▶ module arrives ─▶ replaceWith(real element)
//                                                    └▶ load fails ─▶ role=alert text; the next
//                                                       `set` of the node builds anew and retries

import { CLASS, DATA, ELEMENT_STAMP } from "./dom-names.js";
import { childrenChanged, h } from "./dom.js";

/** @typedef {import("./protocol.js").Node} Node */
/** @typedef {import("./render-context.js").RenderContext} RenderContext */
/**
 * @template {Node} N
 * @typedef {import("./render-context.js").Renderer<N>} Renderer
 */

/** The module loads in flight; main.js tells "idle" only once they have all mounted their elements. */
export class PendingLoads {
  /** @type {Set<Promise<void>>} */
  #loads = new Set();

  /**
   * Counts `load` as pending until it settles.
   * @param {Promise<void>} load must not reject
   * @returns {Promise<void>} `load`
   */
  track(load) {
    this.#loads.add(load);
    const done = () => void this.#loads.delete(load);
    load.then(done, done);
    return load;
  }

  /** Whether any load is in flight. */
  get isEmpty() {
    return this.#loads.size === 0;
  }

  /**
   * Resolves once no load is in flight, including loads that start while it waits.
   * @returns {Promise<void>}
   */
  async settled() {
    while (this.#loads.size > 0) await Promise.allSettled([...this.#loads]);
  }
}

/** The page's lazy loads (registry.js's lazy renderers count here; main.js waits on them). */
export const pendingLoads = new PendingLoads();

/**
 * A renderer that loads its module the first time a node of its kind appears. One line per kind
 * in registry.js: `lazyRenderer(() => import("./renderers/dataframe.js").then((m) => m.dataframe))`.
 * @template {Node} N
 * @param {() => Promise<Renderer<N>>} load imports the module and picks the renderer out of it
 * @param {PendingLoads} [pending] where the load is counted; the page's {@link pendingLoads} by default
 * @returns {Renderer<N>}
 */
export function lazyRenderer(load, pending = pendingLoads) {
  /** @type {Renderer<N> | null} */
  let loaded = null;
  /** @type {Promise<void> | null} */
  let loading = null;
  /** Placeholders waiting for the module, with the node and context to build them from. */
  const waiting = /** @type {Map<HTMLElement, {node: N, ctx: RenderContext}>} */ (new Map());
  /** Placeholders that show why their element could not be built. */
  const failed = /** @type {WeakSet<HTMLElement>} */ (new WeakSet());

  function startLoading() {
    loading ??= pending.track(
      // Started at once (a load that throws is a failed load, like one that rejects).
      new Promise((resolve) => resolve(load())).then(
        (renderer) => {
          loaded = renderer;
          mountWaiting(renderer);
        },
        (error) => {
          loading = null; // the next placeholder tries again
          failWaiting(error);
        },
      ),
    );
  }

  /** @param {Renderer<N>} renderer */
  function mountWaiting(renderer) {
    const entries = [...waiting];
    waiting.clear();
    for (const [placeholder, { node, ctx }] of entries) {
      // Gone from the page (replaced or removed meanwhile): nothing to show.
      if (!placeholder.isConnected) continue;
      try {
        const element = renderer.create(node, ctx);
        for (const name of ELEMENT_STAMP) {
          const value = placeholder.getAttribute(name);
          if (value !== null) element.setAttribute(name, value);
        }
        const container = placeholder.parentElement;
        placeholder.replaceWith(element);
        renderer.attached?.(element, node, ctx);
        if (container !== null) childrenChanged(container);
      } catch (error) {
        showFailure(placeholder, node, error);
      }
    }
  }

  /** @param {unknown} error */
  function failWaiting(error) {
    const entries = [...waiting];
    waiting.clear();
    for (const [placeholder, { node }] of entries) showFailure(placeholder, node, error);
  }

  /**
   * @param {HTMLElement} placeholder
   * @param {N} node
   * @param {unknown} error
   */
  function showFailure(placeholder, node, error) {
    console.warn(`swiftlit: could not show a ${node.kind}`, error);
    failed.add(placeholder);
    placeholder.removeAttribute("aria-busy");
    placeholder.setAttribute("class", `${CLASS.element} ${CLASS.lazyFailed}`);
    placeholder.setAttribute("role", "alert");
    const reason = error instanceof Error ? error.message : String(error);
    placeholder.replaceChildren(
      `This ${node.kind} could not be shown: the code that draws it did not load (${reason}). ` +
        "Reload the page to try again.",
    );
  }

  /**
   * The loaded renderer, for an element it built.
   * @param {HTMLElement} element
   * @returns {Renderer<N>}
   */
  function rendererOf(element) {
    if (loaded === null) {
      throw new Error(`lazy renderer: ${element.getAttribute(DATA.kind)} element is not from this renderer`);
    }
    return loaded;
  }

  return {
    create(node, ctx) {
      if (loaded !== null) return loaded.create(node, ctx);
      const placeholder = h("div", { class: `${CLASS.element} ${CLASS.lazy}`, "aria-busy": "true" }, [
        h("span", { class: CLASS.visuallyHidden }, ["Loading…"]),
      ]);
      waiting.set(placeholder, { node, ctx });
      startLoading();
      return placeholder;
    },
    update(element, node, ctx) {
      if (waiting.has(element)) waiting.set(element, { node, ctx });
      else if (!failed.has(element)) rendererOf(element).update(element, node, ctx);
    },
    matches(element, node) {
      if (waiting.has(element)) return true;
      if (failed.has(element)) return false; // built anew, which loads again
      return rendererOf(element).matches?.(element, node) ?? true;
    },
    attached(element, node, ctx) {
      // A placeholder's element is attached when it replaces the placeholder.
      if (waiting.has(element) || failed.has(element)) return;
      rendererOf(element).attached?.(element, node, ctx);
    },
  };
}
