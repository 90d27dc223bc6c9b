/// What an accepted `hello` promises of the browser's report (`st.context`, `st.localStorage`):
/// the bounds `ProtocolLimits` and `BrowserInfo` document.
func checkBrowserReport(_ hello: ClientMessage.Hello) {
    if let entries = hello.localStorage {
        require(
            entries.count <= ProtocolLimits.maxLocalStorageEntries,
            "hello.localStorage at most \(ProtocolLimits.maxLocalStorageEntries) entries, got \(entries.count)")
        var bytes = 0
        for (key, value) in entries {
            require(
                key.utf8.count <= ProtocolLimits.maxLocalStorageKeyLength,
                "hello.localStorage keys at most \(ProtocolLimits.maxLocalStorageKeyLength) bytes, got \(key.utf8.count)")
            bytes += key.utf8.count + value.utf8.count
        }
        require(
            bytes <= ProtocolLimits.maxLocalStorageBytes,
            "hello.localStorage at most \(ProtocolLimits.maxLocalStorageBytes) bytes, got \(bytes)")
    }
    guard let browser = hello.browser else { return }
    for (name, text) in [("locale", browser.locale), ("timeZone", browser.timeZone)] {
        let length = text?.utf8.count ?? 0
        require(
            length <= ProtocolLimits.maxBrowserNameLength,
            "hello.browser.\(name) at most \(ProtocolLimits.maxBrowserNameLength) bytes, got \(length)")
    }
    require(
        (browser.rootURL?.utf8.count ?? 0) <= ProtocolLimits.maxURLLength,
        "hello.browser.rootURL at most \(ProtocolLimits.maxURLLength) bytes")
    if let offset = browser.timeZoneOffset {
        require((-1440...1440).contains(offset), "hello.browser.timeZoneOffset in -1440...1440, got \(offset)")
    }
}
