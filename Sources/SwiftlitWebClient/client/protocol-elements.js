// The wire protocol's container layouts and status elements: JSDoc mirrors of
// Sources/SwiftlitProtocol/Elements/BlockElements.swift and StatusElements.swift, split from
// protocol.js (which includes them in its `Node` union). Types only.

// ---------------------------------------------------------------------------------------------
// Blocks: `{kind: "block", layout, …the layout's fields}`; children arrive as their own operations.

/**
 * `st.container`; with `fragment`, a fragment's body (its widgets rerun only the fragment).
 * @typedef {{kind: "block", layout: "vertical", border?: boolean, height?: number, fragment?: string}}
 *   VerticalBlockNode
 */
/** @typedef {"small" | "medium" | "large"} Size */
/**
 * A row of `column` blocks.
 * @typedef {{kind: "block", layout: "columns", gap: Size, verticalAlignment: "top" | "center" | "bottom"}}
 *   ColumnsBlockNode
 */
/** @typedef {{kind: "block", layout: "column", weight: number}} ColumnBlockNode */
/**
 * Collapsible; `expanded` is the initial state, the browser keeps what the user chose.
 * @typedef {{kind: "block", layout: "expander", label: string, expanded: boolean, icon?: string}}
 *   ExpanderBlockNode
 */
/** @typedef {{kind: "block", layout: "tabs", labels: string[]}} TabsBlockNode */
/** @typedef {{kind: "block", layout: "tab", label: string}} TabBlockNode */
/**
 * @typedef {{kind: "block", layout: "popover", label: string, help?: string, disabled?: boolean}}
 *   PopoverBlockNode
 */
/**
 * Widgets inside send nothing until the form's submit button is clicked.
 * @typedef {{kind: "block", layout: "form", id: string, enterToSubmit: boolean, border: boolean}}
 *   FormBlockNode
 */
/**
 * A modal in the event root.
 * `opened` is the run that last called the dialog: a new value reopens a dialog the user closed.
 * @typedef {{kind: "block", layout: "dialog", title: string, width: Size, dismissible: boolean,
 *   opened: number, fragment?: string}} DialogBlockNode
 */
/** @typedef {"running" | "complete" | "error"} TaskState */
/**
 * @typedef {{kind: "block", layout: "status", label: string, state: TaskState, expanded: boolean}}
 *   StatusBlockNode
 */
/** @typedef {{kind: "block", layout: "slot"}} SlotBlockNode */
/**
 * One chat message: `name` is `user`, `assistant` or anyone; `avatar` an emoji.
 * @typedef {{kind: "block", layout: "chatMessage", name: string, avatar?: string}} ChatMessageBlockNode
 */

/**
 * A container; `layout` says which.
 * @typedef {VerticalBlockNode | ColumnsBlockNode | ColumnBlockNode | ExpanderBlockNode | TabsBlockNode
 *   | TabBlockNode | PopoverBlockNode | FormBlockNode | DialogBlockNode | StatusBlockNode
 *   | SlotBlockNode | ChatMessageBlockNode} BlockNode
 */

/** @typedef {BlockNode["layout"]} BlockLayout */

// ---------------------------------------------------------------------------------------------
// Status elements

/** @typedef {{kind: "spinner", text: string}} SpinnerNode */
/** @typedef {{kind: "progress", value: number, html?: string}} ProgressNode */
/**
 * A short notice in a corner; `nonce` differs per call, so the same text toasts again.
 * @typedef {{kind: "toast", html: string, icon?: string, nonce: number}} ToastNode
 */
/** @typedef {{kind: "celebration", animation: "balloons" | "snow", nonce: number}} CelebrationNode */
/** @typedef {"normal" | "inverse" | "off"} DeltaColor */
/**
 * @typedef {{kind: "metric", label: string, value: string, delta?: string, deltaColor?: DeltaColor,
 *   help?: string, border?: boolean}} MetricNode
 */
/**
 * Not shown: the tab's title and icon, the page width and the sidebar's first state.
 * @typedef {{kind: "pageConfig", title?: string, icon?: string, layout?: "centered" | "wide",
 *   initialSidebarState?: SidebarState}} PageConfigNode
 */
/** @typedef {"auto" | "expanded" | "collapsed"} SidebarState */

/**
 * @typedef {SpinnerNode | ProgressNode | ToastNode | CelebrationNode | MetricNode | PageConfigNode}
 *   StatusElementNode
 */

export {};
