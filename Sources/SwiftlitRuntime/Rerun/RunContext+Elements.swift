import SwiftlitProtocol

extension RunContext {
    /// Places `element` in a container: appended, or in a slot replacing what was there.
    /// Returns its path, or `nil` when the run is halted.
    @discardableResult
    func append(_ element: Element, in placement: Placement) -> ElementPath? {
        withState { state in
            guard !state.halted else { return nil }
            return appendUnchecked(element, in: placement, &state)
        }
    }

    @discardableResult
    func appendUnchecked(_ element: Element, in placement: Placement, _ state: inout State) -> ElementPath {
        let container = placement.path
        if placement.isSlot {
            let path = container.appending(0)
            try? state.built.trim(container, to: 0)
            try? state.built.set(element, at: path)
            state.pending += [.node(path), .trim(container)]
            armFlushTimer(&state)
            return path
        }
        let path = container.appending(state.built.childCount(at: container))
        // Appending to a container this run built cannot fail.
        try? state.built.set(element, at: path)
        state.pending.append(.node(path))
        armFlushTimer(&state)
        return path
    }

    /// Replaces the element at `path`, keeping its children when both are blocks of one layout:
    /// progress bars, status containers and slots update this way while the run goes.
    func replace(at path: ElementPath, with element: Element) {
        withState { state in
            guard !state.halted, (try? state.built.set(element, at: path)) != nil else { return }
            state.pending.append(.node(path))
            armFlushTimer(&state)
        }
    }

    /// Empties the container at `path` (a slot the app cleared, a spinner that ended).
    func clear(_ path: ElementPath) {
        withState { state in
            guard !state.halted, (try? state.built.trim(path, to: 0)) != nil else { return }
            state.pending.append(.trim(path))
            armFlushTimer(&state)
        }
    }

    /// A number that differs for every call in the session, for toasts and celebrations.
    func nextNonce() -> Int {
        withState { state in
            state.nonce += 1
            return number * 1000 + state.nonce
        }
    }

    /// Shows a misuse of the API where it happened, and halts the run (as an exception would).
    func reportMisuse(_ error: SwiftlitError, in placement: Placement, _ state: inout State) {
        guard !state.halted else { return }
        var visible = placement
        visible.isSlot = false
        appendUnchecked(.exception(ExceptionElement(error, details: options.errorDetails)), in: visible, &state)
        state.halted = true
        state.misuse = error
        options.logger.warning("app misuse in session \(sessionLogName): \(error.message)")
        withUnsafeCurrentTask { $0?.cancel() }
    }

    /// Reports a misuse from outside the lock.
    func reportMisuse(_ error: SwiftlitError, in placement: Placement) {
        withState { reportMisuse(error, in: placement, &$0) }
    }

    // MARK: Flushing

    private func armFlushTimer(_ state: inout State) {
        guard state.flushTimer == nil, !state.finished else { return }
        let interval = options.flushInterval
        state.flushTimer = Task { [self] in
            try? await Task.sleep(for: interval)
            if !Task.isCancelled { flush() }
        }
    }

    /// Sends what the run built since the last flush, so a slow run fills the page as it goes.
    private func flush() {
        withState { state in
            state.flushTimer = nil
            guard !state.finished, !state.interrupted else { return }
            let ops = state.core.differ.changes(at: state.pending, in: state.built)
            state.pending = []
            if !ops.isEmpty { client.send(.delta(.init(run: number, ops: ops))) }
        }
    }
}
