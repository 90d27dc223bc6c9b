package import Foundation
package import SwiftlitProtocol
import Synchronization

/// The files one session's upload widgets hold, in memory, visible to that session only.
///
/// A run that draws an upload widget opens its slot with the widget's rules; only then does the
/// server take uploads for it. An upload is *pending* until a run resolves a widget value that
/// lists it; from then on it is *kept*, and a later value that no longer lists it releases it (the
/// user removed it, or a new file replaced it). Pending uploads are never released by a value,
/// since the browser may not have sent the value that lists them yet. A slot and its files go when
/// a completed run no longer draws the widget, and everything goes with the session.
///
/// With a session storage, the session's uploads are kept there too: a session restored in
/// another process ``adopt(_:listed:)``s them, and each file released here is reported to
/// `onRelease`, which forgets it there.
package final class UploadStore: Sendable {
    private struct Stored {
        var file: UploadedFile
        var kept = false
    }

    private struct Slot {
        var rules: UploadRules
        var disabled: Bool
        /// Upload order.
        var files: [Stored] = []
    }

    private struct State {
        var slots: [WidgetID: Slot] = [:]
        /// Files another process held, by widget, until a run opens the widget's slot.
        var adopted: [WidgetID: [Stored]] = [:]
    }

    /// The most files one widget holds at once, kept or pending.
    package static let maxFilesPerWidget = 1_000

    private let state = Mutex(State())
    private let onRelease: (@Sendable ([String]) -> Void)?

    /// A store that tells `onRelease` the ids of the files it releases (not those that go with
    /// ``removeAll()``).
    package init(onRelease: (@Sendable ([String]) -> Void)? = nil) {
        self.onRelease = onRelease
    }

    /// Files another process kept of this session (see ``SessionStorage``): each joins its
    /// widget's slot when a run opens it, kept when `listed` (the restored widget values) names it.
    func adopt(_ uploads: [StoredUpload], listed: Set<String>) {
        state.withLock { state in
            for upload in uploads {
                state.adopted[upload.widget, default: []].append(
                    Stored(file: upload.file, kept: listed.contains(upload.file.id)))
            }
        }
    }

    private func released(_ ids: [String]) {
        if !ids.isEmpty { onRelease?(ids) }
    }

    /// Opens (or updates) the slot of an upload widget a run draws.
    func open(_ widget: WidgetID, rules: UploadRules, disabled: Bool) {
        state.withLock { state in
            if var slot = state.slots[widget] {
                slot.rules = rules
                slot.disabled = disabled
                state.slots[widget] = slot
            } else {
                let adopted = state.adopted.removeValue(forKey: widget) ?? []
                state.slots[widget] = Slot(rules: rules, disabled: disabled, files: adopted)
            }
        }
    }

    /// The rules of `widget`'s slot, before an upload's bytes are read: refuses an unknown or
    /// disabled widget, and a name or declared type the widget does not accept.
    /// - Returns: The rules, whose size limit the body is read against.
    package func admit(_ widget: WidgetID, name: String, declaredType: String?) throws(UploadRefusal)
        -> UploadRules
    {
        let slot = state.withLock { $0.slots[widget] }
        guard let slot else {
            throw UploadRefusal(.unknownWidget, "no upload widget '\(widget)' is on this session's page")
        }
        guard !slot.disabled else { throw UploadRefusal(.disabled, "the widget '\(widget)' is disabled") }
        let name = FileName.base(name)
        let type = UploadRules.recordedType(name: name, declared: declaredType)
        try slot.rules.check(name: name, type: type)
        return slot.rules
    }

    /// Stores a complete upload, after ``admit(_:name:declaredType:)``: checks the rules again
    /// (they may have changed while the bytes arrived) and the file's first bytes.
    /// - Returns: The stored file, with its new id.
    @discardableResult
    package func store(_ widget: WidgetID, name: String, declaredType: String?, data: Data) throws(UploadRefusal)
        -> UploadedFile
    {
        let name = FileName.base(name)
        let type = UploadRules.recordedType(name: name, declared: declaredType)
        var replaced: [String] = []
        let result: Result<UploadedFile, UploadRefusal> = state.withLock { state in
            guard var slot = state.slots[widget] else {
                return .failure(UploadRefusal(.unknownWidget, "no upload widget '\(widget)' is on this session's page"))
            }
            do throws(UploadRefusal) {
                guard !slot.disabled else { throw UploadRefusal(.disabled, "the widget '\(widget)' is disabled") }
                try slot.rules.check(name: name, type: type)
                try slot.rules.check(size: data.count)
                if let signature = slot.rules.signature, !signature.matches(data) {
                    throw UploadRefusal(.unsupportedType, "\(name) is not \(signature.kind)")
                }
            } catch {
                return .failure(error)
            }
            let pending = slot.files.filter { !$0.kept }.map(\.file.id)
            if !slot.rules.multiple {
                // One file at a time: an upload replaces the pending one it follows.
                slot.files.removeAll { !$0.kept }
            }
            guard slot.files.count < Self.maxFilesPerWidget else {
                return .failure(
                    UploadRefusal(
                        .tooManyFiles, "the widget holds \(Self.maxFilesPerWidget) files; remove some before adding more"))
            }
            if !slot.rules.multiple { replaced = pending }
            let file = UploadedFile(id: SecretID.make(), name: name, type: type, data: data)
            slot.files.append(Stored(file: file))
            state.slots[widget] = slot
            return .success(file)
        }
        released(replaced)
        return try result.get()
    }

    /// Whether `widget`'s slot still holds the file `id` names.
    package func holds(_ widget: WidgetID, fileID: String) -> Bool { files(widget, ids: [fileID]) != nil }

    /// The files `ids` names in `widget`'s slot, in that order; `nil` when any of them is not
    /// there (forged, or already released).
    func files(_ widget: WidgetID, ids: [String]) -> [UploadedFile]? {
        // A file listed twice is no value a browser sends.
        guard Set(ids).count == ids.count else { return nil }
        return state.withLock { state in
            guard let slot = state.slots[widget] else { return ids.isEmpty ? [] : nil }
            var found: [UploadedFile] = []
            for id in ids {
                guard let stored = slot.files.first(where: { $0.file.id == id }) else { return nil }
                found.append(stored.file)
            }
            return found
        }
    }

    /// The widget's value is now `ids`: those files are kept, and kept files it no longer lists are
    /// released.
    func keep(_ widget: WidgetID, ids: [String]) {
        let wanted = Set(ids)
        let dropped: [String] = state.withLock { state in
            guard var slot = state.slots[widget] else { return [] }
            var dropped: [String] = []
            slot.files = slot.files.compactMap { stored in
                if wanted.contains(stored.file.id) { return Stored(file: stored.file, kept: true) }
                if stored.kept { dropped.append(stored.file.id) }
                return stored.kept ? nil : stored
            }
            state.slots[widget] = slot
            return dropped
        }
        released(dropped)
    }

    /// What ``remove(_:fileID:pendingOnly:)`` did.
    package enum Removal: Sendable, Equatable {
        case removed
        /// The widget holds no such file.
        case notFound
        /// The widget's value lists the file: a value without it releases it.
        case listed
    }

    /// Releases one file the user removed. With `pendingOnly` (the upload route), a file the widget's
    /// value lists stays: a run that still reads that value must find it.
    @discardableResult
    package func remove(_ widget: WidgetID, fileID: String, pendingOnly: Bool = false) -> Removal {
        let removal: Removal = state.withLock { state in
            guard var slot = state.slots[widget], let index = slot.files.firstIndex(where: { $0.file.id == fileID })
            else { return .notFound }
            if pendingOnly, slot.files[index].kept { return .listed }
            slot.files.remove(at: index)
            state.slots[widget] = slot
            return .removed
        }
        if removal == .removed { released([fileID]) }
        return removal
    }

    /// Closes the slots of widgets a completed run did not draw, releasing their files (and the
    /// adopted files of widgets it did not draw).
    func closeSlots(keeping drawn: (WidgetID) -> Bool) {
        let dropped: [String] = state.withLock { state in
            var dropped: [String] = []
            for (widget, slot) in state.slots where !drawn(widget) {
                dropped += slot.files.map(\.file.id)
                state.slots[widget] = nil
            }
            dropped += state.adopted.values.flatMap { $0.map(\.file.id) }
            state.adopted = [:]
            return dropped
        }
        released(dropped)
    }

    /// Lets go of everything here, without reporting releases: the session ended, or moved to
    /// another process, which may still need its files.
    package func removeAll() {
        state.withLock { $0 = State() }
    }

    /// How many files are held, in every slot (for tests and metrics).
    package var fileCount: Int { state.withLock { $0.slots.values.reduce(0) { $0 + $1.files.count } } }

    /// How many bytes are held, in every slot.
    package var byteCount: Int {
        state.withLock { $0.slots.values.reduce(0) { $0 + $1.files.reduce(0) { $0 + $1.file.size } } }
    }

    /// The rules of an open slot (for the browser's element and tests).
    package func rules(of widget: WidgetID) -> UploadRules? { state.withLock { $0.slots[widget]?.rules } }
}
