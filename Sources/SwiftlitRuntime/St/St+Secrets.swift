extension St {
    /// The app's secrets: `.swiftlit/secrets.toml` (the project's, over `~/.swiftlit/secrets.toml`)
    /// and `SWIFTLIT_SECRETS_*` environment variables, loaded once when the server starts.
    ///
    /// ```swift
    /// // .swiftlit/secrets.toml:   [db]
    /// //                           password = "..."
    /// let password = try st.secrets["db"]["password"].string
    /// let settings = try st.secrets.decode(Database.self, from: "db")
    /// ```
    ///
    /// A missing key throws a ``SecretsError`` that says where to add it. Printing or writing the
    /// secrets (`st.write(st.secrets)`) shows their keys only, and an app error that quotes a
    /// secret reaches the page and the log with `••••` in its place.
    public var secrets: Secrets { run.secrets }
}
