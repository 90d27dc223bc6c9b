// Installed by bench_dataframe.py in every new document (CDP Page.addScriptToEvaluateOnNewDocument),
// before the page's own scripts. Framework-neutral: it reads the grid's accessibility tree, which both
// Streamlit (Glide Data Grid's offscreen <table role="grid">) and Swiftlit (a DOM grid) keep:
// rows are [role=row] with aria-rowindex (the header is 1, data row i is i + 2), and each data row's
// last six [role=gridcell] cells are id, a, b, c, d, e. A row counts as shown only when all six cells
// hold the values the generator gives its id, so placeholders and stale rows never pass.
//
//   window.__dfb        WebSocket payload bytes/messages received, and the load probe's timestamps
//   window.__dfbCheck   the conditions below, for the action probes that bench_dataframe.py installs
(() => {
  const cfg = __CFG__; // {rowCount, modulus, multipliers: [..5], firstRows}
  const B = window.__dfb = {
    bytes: 0, msgs: 0, lastMsg: null, tOpen: null, tFirstMessage: null,
    load: {tShown: null, tFrame: null, tDrawn: null, bytesAtShown: null, n: 0},
  };

  // ---- WebSocket payload bytes (what CDP's Network.webSocketFrameReceived reports, counted in the page)
  const encoder = new TextEncoder();
  function size(data) {
    if (typeof data === "string") return encoder.encode(data).length;
    if (data instanceof ArrayBuffer) return data.byteLength;
    if (ArrayBuffer.isView(data)) return data.byteLength;
    if (data && typeof data.size === "number") return data.size; // Blob
    return 0;
  }
  const Original = window.WebSocket;
  if (Original && !Original.__dfbPatched) {
    class CountingWebSocket extends Original {
      constructor(...args) {
        super(...args);
        this.addEventListener("open", () => { if (B.tOpen === null) B.tOpen = performance.now(); });
        this.addEventListener("message", (event) => {
          if (B.tFirstMessage === null) B.tFirstMessage = performance.now();
          B.bytes += size(event.data);
          B.msgs += 1;
          B.lastMsg = performance.now();
        });
      }
    }
    CountingWebSocket.__dfbPatched = true;
    window.WebSocket = CountingWebSocket;
  }

  // ---- reading the grid
  const multipliers = cfg.multipliers.map(BigInt);
  const modulus = BigInt(cfg.modulus);
  function expected(id, k) {
    return Number((BigInt(id) * multipliers[k]) % modulus) / 1000;
  }
  function number(text) {
    const t = text.replace(/[,\s\u00a0\u202f']/g, "");
    return t === "" ? NaN : Number(t);
  }
  /** Data rows in the DOM: [{ri, id, values:[a..e]} | {ri, invalid:true}], by aria-rowindex. */
  function rows() {
    const out = [];
    for (const row of document.querySelectorAll('[role="grid"] [role="row"][aria-rowindex]')) {
      const ri = Number(row.getAttribute("aria-rowindex"));
      if (!(ri >= 2)) continue;
      const cells = row.querySelectorAll('[role="gridcell"]');
      if (cells.length < 6) { out.push({ri, invalid: true}); continue; }
      const six = [...cells].slice(-6).map((c) => number(c.textContent || ""));
      const id = six[0];
      let ok = Number.isInteger(id) && id >= 0 && id < cfg.rowCount;
      for (let k = 0; ok && k < 5; k += 1) ok = Math.abs(six[k + 1] - expected(id, k)) < 0.0006;
      out.push(ok ? {ri, id, values: six.slice(1)} : {ri, invalid: true});
    }
    return out;
  }
  /** Rows `from..<from+count` (0-based) all shown, in table order (id = row number). */
  function rowsInOrder(from, count) {
    const byRi = new Map(rows().map((r) => [r.ri, r]));
    for (let i = from; i < from + count; i += 1) {
      const r = byRi.get(i + 2);
      if (!r || r.invalid || r.id !== i) return false;
    }
    return true;
  }
  const checks = {
    /** The first rows of the unsorted table. */
    firstRows: () => rowsInOrder(0, cfg.firstRows),
    /** The last row of the table. */
    lastRow: () => rowsInOrder(cfg.rowCount - 1, 1),
    /** Every row in the DOM shown, in table order, the topmost at or below `minTop` (0-based). */
    screenFrom: (minTop) => {
      const rs = rows();
      if (rs.length === 0) return false;
      let top = Infinity;
      for (const r of rs) {
        if (r.invalid || r.id !== r.ri - 2) return false;
        top = Math.min(top, r.id);
      }
      return top >= minTop;
    },
    /** The first rows sorted by column `a`: their `a` values are `want` (each row's cells still its own). */
    sortedA: (want) => {
      const byRi = new Map(rows().map((r) => [r.ri, r]));
      for (let i = 0; i < want.length; i += 1) {
        const r = byRi.get(i + 2);
        if (!r || r.invalid || Math.abs(r.values[0] - want[i]) > 0.0006) return false;
      }
      return true;
    },
  };
  window.__dfbRows = rows;
  window.__dfbCheck = (name, arg) => checks[name](arg);

  // ---- canvas grids (Streamlit's Glide Data Grid): the accessibility tree above follows the canvas
  // ~200 ms late (Glide updates it on a debounce), so the time a canvas grid shows rows is the last
  // frame its pixels changed before the tree confirmed them. A signature of the pixels, each frame,
  // only while a measurement is armed. A DOM grid (Swiftlit) has no such canvas: it is timed by the DOM.
  const W = B.canvas = {active: false, changes: [], countFirst: false};
  function signature(canvas) {
    const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    let h = 0;
    for (let i = 0; i < data.length; i += 7) h = (Math.imul(h, 31) + data[i]) | 0;
    return h;
  }
  function watch(countFirst) {
    W.changes = [];
    W.countFirst = countFirst;
    if (W.active) return;
    W.active = true;
    let previous = null;
    const step = () => {
      if (!W.active) { previous = null; return; }
      const canvas = document.querySelector('[data-testid="data-grid-canvas"]');
      if (canvas && canvas.width > 0 && canvas.height > 0) {
        const sig = signature(canvas);
        const t = performance.now();
        if (previous === null ? W.countFirst : sig !== previous) W.changes.push(t);
        previous = sig;
      }
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }
  window.__dfbCanvas = {
    start: (countFirst) => watch(countFirst),
    stop: () => { W.active = false; },
    /** The last pixel change at or before `t`, or null (no canvas, or no change). */
    drawnBy: (t) => {
      let best = null;
      for (const c of W.changes) if (c <= t) best = c;
      return best;
    },
  };
  watch(true);

  // ---- load probe: navigation start -> first rows shown (and the frame after)
  const obs = new MutationObserver(() => {
    B.load.n += 1;
    if (B.load.tShown !== null || !checks.firstRows()) return;
    B.load.tShown = performance.now();
    B.load.bytesAtShown = B.bytes;
    B.load.tDrawn = window.__dfbCanvas.drawnBy(B.load.tShown);
    window.__dfbCanvas.stop();
    obs.disconnect();
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { B.load.tFrame = performance.now(); };
      ch.port2.postMessage(0);
    });
  });
  obs.observe(document, {subtree: true, childList: true, characterData: true, attributes: true});
})();
