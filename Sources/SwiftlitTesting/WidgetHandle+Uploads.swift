public import Foundation
public import SwiftlitRuntime
import SwiftlitProtocol

extension WidgetHandle {
    /// Uploads a file to a file uploader, camera input or audio input, through the checks the
    /// server's upload route makes (the widget's types, size limit and, for the camera and the
    /// microphone, the JPEG or WAV header). Like a browser, it then lists the file in the widget's
    /// value: a widget that holds one file swaps it, one that holds several adds it.
    ///
    /// ```swift
    /// try at.fileUploader("Data").upload(name: "sales.csv", data: Data("a,b\n1,2\n".utf8))
    /// try await at.run()
    /// ```
    /// - Parameter type: The MIME type the browser would declare; the type recorded comes from the
    ///   name's extension when it is a known one.
    /// - Throws: ``UploadRefusal`` for an upload the server would refuse; nothing is stored then.
    @discardableResult
    public func upload(name: String, type: String? = nil, data: Data) throws(UploadRefusal) -> UploadedFile {
        let file = try test.uploads.store(id, name: name, declaredType: type, data: data)
        let multiple = if case .fileUploader(let element) = element { element.multiple == true } else { false }
        test.setValue(.list((multiple ? fileIDs : []) + [.string(file.id)]), for: id)
        return file
    }

    /// Removes one file from an upload widget, as its remove button does: a file no value listed
    /// yet is released at once, one the value lists when the next run reads the value without it.
    public func remove(_ file: UploadedFile) {
        test.uploads.remove(id, fileID: file.id, pendingOnly: true)
        test.setValue(.list(fileIDs.filter { $0 != .string(file.id) }), for: id)
    }

    /// Empties an upload widget ("Clear photo", removing every file).
    public func clear() {
        for case .string(let fileID) in fileIDs { test.uploads.remove(id, fileID: fileID, pendingOnly: true) }
        test.setValue(.list([]), for: id)
    }

    /// The file ids the "browser" holds for this widget.
    private var fileIDs: [WidgetValue] {
        if case .list(let items) = value { items } else { [] }
    }
}
