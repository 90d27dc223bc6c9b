import SwiftlitProtocol

/// What one run of the app (or of some of its fragments) builds: the page, the widgets and the
/// records of fragments, slots, forms and tables, with the session state the run holds while it
/// runs.
///
/// A plain value: no lock, no task, no client. `RunContext` keeps one under its lock, calls its
/// mutating methods for every `st` call, and turns what it reports (``notices``, the
/// operations from ``takeDelta()``) into log lines and messages. Once the run is halted (a
/// misuse, `st.stop()`, a newer event) its drawing methods do nothing.
struct PageBuilder: Sendable {
    /// The run's number: dialogs record the run that opened them, nonces are unique per run.
    let run: Int
    /// What an error shown on the page tells.
    let errorDetails: ErrorDetails
    /// What an error shown on the page is scrubbed of.
    let secrets: Secrets
    /// What the run executes.
    let scope: RunScope
    /// The session's state, taken over for the run and handed back when it finishes.
    var core: SessionCore
    /// The page the run draws, and what the browser has not been sent of it.
    var draft = PageDraft()
    /// The widgets of the page (a fragment run's registry also holds the rest of the page's).
    var rendered = WidgetRegistry()
    /// Widgets drawn by this run itself.
    var drawn: Set<WidgetID> = []
    /// Buttons whose click caused this run.
    var triggers: Set<WidgetID> = []
    /// What the widgets the browser reported on held before its report: a widget keeps this value
    /// when the browser's is one it refuses.
    var valuesBeforeRequest: [WidgetID: WidgetValue] = [:]
    /// What this run drew of fragments, slots and forms.
    var fragments: [String: FragmentRecord] = [:]
    var slots: [String: ElementPath] = [:]
    var forms: [String: FormRecord] = [:]
    /// Tables shown by `dataframe` and `dataEditor`, by content id, for the browser's `rows` requests.
    var tables: [String: TableLease] = [:]
    /// Media files this run shows (pictures, players, downloads), by what they hold.
    var media: [MediaKey: MediaLease] = [:]
    /// Counts toasts and celebrations, so each call shows even when its text repeats.
    var nonce = 0
    /// The run answers a (re)connect: the browser's values may name what this process no longer holds.
    var isReconnect = false
    /// Storage writes the browser has not been sent yet; `RunContext` sends them at once.
    var unsentStorage = StorageUpdate()
    /// Where the run's one `pageConfig` element is, once drawn.
    var pageConfigPath: ElementPath?
    /// The pages `st.navigation` declared in this run, if it was called.
    var navigation: NavigationRecord?
    /// The request said where the tab is: the browser moved (or opened) there itself.
    var locationFromBrowser = false
    /// Later drawing does nothing: the run was stopped or hit a misuse.
    private(set) var halted = false
    /// A misuse of the API the run reported on the page.
    private(set) var misuse: SwiftlitError?
    /// What happened that `RunContext` has not yet handled, oldest first.
    private var notices: [RunNotice] = []
    private var reportedRemovedContainer = false

    init(run: Int, core: SessionCore, scope: RunScope, errorDetails: ErrorDetails, secrets: Secrets = Secrets()) {
        self.run = run
        self.secrets = secrets
        self.core = core
        self.scope = scope
        self.errorDetails = errorDetails
    }

    /// Stops all later drawing. `st.stop()` and `st.rerun()` halt the run without interrupting
    /// it: they end it themselves, and anything the app does after catching their error must not draw.
    mutating func halt() { halted = true }

    /// Shows a misuse of the API where it happened, and halts the run (as an exception would).
    mutating func reportMisuse(_ error: SwiftlitError, in placement: Placement) {
        guard !halted else { return }
        var visible = placement
        visible.isSlot = false
        place(.exception(ExceptionElement(error, details: errorDetails, redacting: secrets)), in: visible)
        halted = true
        misuse = error
        notices.append(.misuse(error))
    }

    /// Places `element` in a container, halted or not: appended, or in a slot replacing what
    /// was there, and returns its path.
    ///
    /// When the container is no longer on the page nothing is drawn, and the path returned is
    /// where the element would be: the app goes on as if its container still showed (a fragment
    /// drawn there still runs, a form still collects its widgets), and whatever it draws inside
    /// is just as gone.
    @discardableResult
    mutating func place(_ element: Element, in placement: Placement) -> ElementPath {
        let path =
            placement.isSlot
            ? draft.fill(slot: placement.path, with: element) : draft.append(element, to: placement.path)
        if let path { return path }
        noteRemovedContainer(placement.path)
        return nextPath(in: placement)
    }

    /// Where the next element placed in `placement` will land.
    func nextPath(in placement: Placement) -> ElementPath {
        placement.path.appending(placement.isSlot ? 0 : draft.childCount(ofContainer: placement.path) ?? 0)
    }

    mutating func note(_ notice: RunNotice) { notices.append(notice) }

    /// An app drawing into a gone container usually does so in a loop: one notice per run is enough.
    mutating func noteRemovedContainer(_ path: ElementPath) {
        guard !reportedRemovedContainer else { return }
        reportedRemovedContainer = true
        notices.append(.drawnIntoRemovedContainer(path))
    }

    /// Whether ``takeNotices()`` has something to hand over.
    var hasNotices: Bool { !notices.isEmpty || !draft.brokenInvariants.isEmpty }

    /// Hands over what happened since the last call, broken invariants included.
    mutating func takeNotices() -> [RunNotice] {
        defer { notices = [] }
        return notices + draft.takeBrokenInvariants().map(RunNotice.brokenInvariant)
    }
}
