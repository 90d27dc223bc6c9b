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
            let query = request.uri.queryParameters
            guard let session = query["session"].map(String.init), let table = query["table"].map(String.init),
                session.count <= ProtocolLimits.maxIdentifierLength, table.count <= ProtocolLimits.maxIdentifierLength
            else { throw HTTPError(.badRequest, message: "name the session and the table: ?session=…&table=…") }
            let sort = query["sort"].map { TableSort(column: String($0), descending: query["descending"] == "1") }
            let search = query["search"].map(String.init)
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
}
