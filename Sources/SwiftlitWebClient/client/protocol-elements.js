// The container layouts and status elements under the names the rest of the client imports from this
// module. The types themselves are generated from the Swift types into protocol-types.js
// (scripts/gen-protocol.sh); new code imports them from there. Types only.

/** @typedef {import("./protocol-types.js").BlockLayout} BlockLayout */
/** @typedef {import("./protocol-types.js").BlockNode} BlockNode */
/** @typedef {import("./protocol-types.js").CelebrationNode} CelebrationNode */
/** @typedef {import("./protocol-types.js").ChatMessageBlockNode} ChatMessageBlockNode */
/** @typedef {import("./protocol-types.js").StreamBlockNode} StreamBlockNode */
/** @typedef {import("./protocol-types.js").ColumnBlockNode} ColumnBlockNode */
/** @typedef {import("./protocol-types.js").ColumnsBlockNode} ColumnsBlockNode */
/** @typedef {import("./protocol-types.js").DeltaColor} DeltaColor */
/** @typedef {import("./protocol-types.js").DialogBlockNode} DialogBlockNode */
/** @typedef {import("./protocol-types.js").ExpanderBlockNode} ExpanderBlockNode */
/** @typedef {import("./protocol-types.js").FormBlockNode} FormBlockNode */
/** @typedef {import("./protocol-types.js").MetricNode} MetricNode */
/** @typedef {import("./protocol-types.js").PageConfigNode} PageConfigNode */
/** @typedef {import("./protocol-types.js").PopoverBlockNode} PopoverBlockNode */
/** @typedef {import("./protocol-types.js").ProgressNode} ProgressNode */
/** @typedef {import("./protocol-types.js").SidebarState} SidebarState */
/** @typedef {import("./protocol-types.js").SlotBlockNode} SlotBlockNode */
/** @typedef {import("./protocol-types.js").SpinnerNode} SpinnerNode */
/** @typedef {import("./protocol-types.js").StatusBlockNode} StatusBlockNode */
/** @typedef {import("./protocol-types.js").TabBlockNode} TabBlockNode */
/** @typedef {import("./protocol-types.js").TabsBlockNode} TabsBlockNode */
/** @typedef {import("./protocol-types.js").TaskState} TaskState */
/** @typedef {import("./protocol-types.js").ToastNode} ToastNode */
/** @typedef {import("./protocol-types.js").VerticalBlockNode} VerticalBlockNode */

export {};
