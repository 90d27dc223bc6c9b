import Hummingbird
import SwiftlitProtocol
import SwiftlitRuntime

/// `GET _stcore/table.csv?session=…&table=…[&sort=column[&descending=1]][&search=text]`: a table on
/// a session's page as CSV, in the order and with the search the user chose. The session id is the
/// secret that authorizes it; a table the session's page does not show is not found.
struct TableDownloadRoute: Sendable {
    let registry: SessionRegistry

    func register(on group: RouterGroup<BasicRequestContext>) {
        let registry = self.registry
        group.get("_stcore/table.csv") { request, _ in
            let query = Self.formFields(request.uri.query)
            guard let session = query["session"], let table = query["table"],
                session.count <= ProtocolLimits.maxIdentifierLength, table.count <= ProtocolLimits.maxIdentifierLength
            else { throw HTTPError(.badRequest, message: "name the session and the table: ?session=…&table=…") }
            let sort = query["sort"].map { TableSort(column: $0, descending: query["descending"] == "1") }
            let search = query["search"]
            if let search, search.count > ProtocolLimits.maxSearchLength {
                throw HTTPError(.badRequest, message: "a search is at most \(ProtocolLimits.maxSearchLength) characters")
            }
            guard let download = await registry.download(table: table, session: session, sort: sort, search: search) else {
                throw HTTPError(.notFound, message: "no such table on that session's page")
            }
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/csv; charset=utf-8", .cacheControl: "no-store", .xContentTypeOptions: "nosniff",
                    .contentDisposition: "attachment; filename=\"\(download.filename)\"",
                ],
                body: ResponseBody { writer in
                    try await download.write { chunk in try await writer.write(ByteBuffer(string: chunk)) }
                    try await writer.finish(nil)
                })
        }
    }

    /// A query string's fields as a browser's `URLSearchParams` writes them: `+` is a space, the rest
    /// percent-encoded. (Hummingbird's `queryParameters` keeps `+`, and a search may hold spaces.)
    static func formFields(_ query: String?) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in (query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding }
            guard let key = parts.first.flatMap(decode) else { continue }
            fields[key] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return fields
    }
}
