import SwiftlitRuntime
import SwiftlitSQL

/// Secrets and an SQL connection: `[connections.demo]` in `.swiftlit/secrets.toml` when there is
/// one, else an SQLite database in memory (nothing to install).
func connectionSection(_ st: St) async throws {
    st.subheader("SQL connection and secrets")
    let configured = st.secrets.contains("connections.demo")
    let db = try await st.connection("demo", configuration: configured ? nil : .memory)
    // Seeding runs once per server: the cache remembers it was done.
    _ = try await st.cacheData(name: "seedDemoDatabase", showSpinner: false) { () async throws -> Int in
        try await db.connection.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, text TEXT)")
        return try await db.connection.execute("INSERT INTO notes (text) VALUES ($1), ($2)", parameters: ["Hello", "World"])
    }
    let form = st.form("note", clearOnSubmit: true)
    let text = form.textInput("A note for every session")
    if form.formSubmitButton("Add"), !text.isEmpty {
        try await db.execute("INSERT INTO notes (text) VALUES ($1)", parameters: [.string(text)])
    }
    let notes = try await db.query("SELECT id, text FROM notes ORDER BY id DESC LIMIT 5")
    st.dataframe(notes, hideIndex: true)
    st.caption(
        "\(db.dialect.rawValue) via \(configured ? "[connections.demo] in the secrets" : "configuration: .memory"); "
            + "st.secrets holds \(st.secrets.keys.count) top-level keys, never sent to the browser.")
}
