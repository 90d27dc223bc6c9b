import Foundation
import HTTPTypes
import Hummingbird
import Logging
import SwiftlitProtocol
import SwiftlitRuntime

/// `PUT _stcore/upload/<session>?widget=<id>&name=<file name>`: one file for an upload widget, the
/// body being its bytes; `DELETE _stcore/upload/<session>/<file id>?widget=<id>` releases one.
///
/// An upload is refused, and nothing of it stored, unless it carries the session's token in
/// `X-Xsrftoken` (a page of another site can neither read the token nor send the header without
/// a CORS preflight this server never grants), comes from the page's own origin (as the
/// WebSocket), names a widget the session's page shows, has a type that widget accepts, and is
/// no larger than the widget's limit. The body is streamed and never held beyond that limit; a
/// body that ends before its `Content-Length` is dropped.
struct UploadRoute: Sendable {
    let registry: SessionRegistry
    let policy: RequestOriginPolicy
    let logger: Logger

    /// The most memory reserved for a body before its bytes arrive.
    static let initialCapacity = 8 * 1_048_576

    func register(on group: RouterGroup<BasicRequestContext>) {
        let route = self
        group.put("_stcore/upload/:session") { request, context in
            try await route.upload(request, session: context.parameters.get("session") ?? "")
        }
        group.delete("_stcore/upload/:session/:file") { request, context in
            try await route.remove(
                request, session: context.parameters.get("session") ?? "", file: context.parameters.get("file") ?? "")
        }
    }

    private func upload(_ request: Request, session: String) async throws -> Response {
        let (target, widget) = try await authorize(request, session: session)
        let store = target.store
        let fields = TableDownloadRoute.formFields(request.uri.query)
        let name = fields["name"] ?? ""
        let declared = request.headers[.contentType]
        let length = request.headers[.contentLength].flatMap { Int($0) }
        if let length, length < 0 { throw HTTPError(.badRequest, message: "Content-Length is negative") }
        do {
            let rules = try store.admit(widget, name: name, declaredType: declared)
            if let length { try rules.check(size: length) }
            var data = Data()
            // Not the whole announced length at once: a client that announces 200 MB and sends
            // nothing must not cost 200 MB.
            if let length { data.reserveCapacity(min(length, Self.initialCapacity)) }
            for try await chunk in request.body {
                guard data.count + chunk.readableBytes <= rules.maxBytes else { throw UploadRules.tooLarge(rules.maxBytes) }
                data.append(contentsOf: chunk.readableBytesView)
            }
            if let length, data.count != length {
                throw HTTPError(.badRequest, message: "the upload ended after \(data.count) of \(length) bytes; try again")
            }
            let file = try store.store(widget, name: name, declaredType: declared, data: data)
            try await keep(file, widget: widget, session: session, in: target)
            let info = UploadedFileInfo(id: file.id, name: file.name, size: file.size, type: file.type)
            let json = try JSONEncoder().encode(info)
            return Response(
                status: .created,
                headers: [.contentType: "application/json", .cacheControl: "no-store", .xContentTypeOptions: "nosniff"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: json)))
        } catch let refusal as UploadRefusal {
            logger.notice("refused an upload (\(refusal.status)): \(ClientText.forLog(refusal.message, limit: 300))")
            throw HTTPError(HTTPResponse.Status(code: refusal.status), message: refusal.message)
        }
    }

    /// With a session storage, keeps the upload there before the browser hears of it: the
    /// session may move to another replica before a run reads the file.
    private func keep(
        _ file: UploadedFile, widget: WidgetID, session: String, in target: SessionRegistry.UploadTarget
    ) async throws {
        guard let storage = target.storage else { return }
        do {
            try await storage.saveUpload(file, widget: widget, session: session)
            // Released while it was being written (the widget went, or a newer upload replaced
            // it): its release may have reached the storage first.
            if !target.store.holds(widget, fileID: file.id) {
                try await storage.removeUploads([file.id], session: session)
            }
        } catch {
            target.store.remove(widget, fileID: file.id)
            logger.error("could not keep an upload in the session storage: \(error)")
            throw HTTPError(.serviceUnavailable, message: "the server could not keep the file; try again")
        }
    }

    private func remove(_ request: Request, session: String, file: String) async throws -> Response {
        let (target, widget) = try await authorize(request, session: session)
        switch target.store.remove(widget, fileID: file, pendingOnly: true) {
        case .removed: return Response(status: .noContent)
        case .notFound: throw HTTPError(.notFound, message: "the widget holds no such file")
        case .listed:
            throw HTTPError(.conflict, message: "the widget's value lists this file; send a value without it instead")
        }
    }

    /// Where the session's uploads go and the widget named, once origin, session and token check
    /// out.
    private func authorize(_ request: Request, session: String) async throws
        -> (target: SessionRegistry.UploadTarget, widget: WidgetID)
    {
        if let refusal = policy.checkOrigin(request.headers[.origin], host: request.head.authority) {
            logger.warning("refused an upload: \(ClientText.forLog(refusal.reason, limit: 300))")
            throw HTTPError(.forbidden, message: refusal.reason)
        }
        guard let name = HTTPField.Name("X-Xsrftoken"), let token = request.headers[name], !token.isEmpty else {
            throw HTTPError(.forbidden, message: "an upload carries its session's token in the X-Xsrftoken header")
        }
        let widget = TableDownloadRoute.formFields(request.uri.query)["widget"] ?? ""
        guard session.utf8.count <= ProtocolLimits.maxIdentifierLength, !widget.isEmpty,
            widget.utf8.count <= 10_000
        else { throw HTTPError(.badRequest, message: "name the session and the widget: _stcore/upload/<session>?widget=…") }
        guard let target = await registry.uploadTarget(session: session) else {
            throw HTTPError(.notFound, message: "no such session; reload the page")
        }
        guard Self.constantTimeEqual(token, target.token) else {
            logger.warning("refused an upload whose X-Xsrftoken is not its session's")
            throw HTTPError(.forbidden, message: "the X-Xsrftoken header is not this session's token; reload the page")
        }
        return (target, WidgetID(rawValue: widget))
    }

    /// Compares without stopping at the first difference, so timing tells nothing of the token.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
