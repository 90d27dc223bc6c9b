/// Which pages and host names may reach the server.
///
/// Two attacks are refused here. Cross-site WebSocket hijacking: any page on the web can open a
/// WebSocket to `127.0.0.1:8501`, and the browser sends no cookie or token we could check, only
/// `Origin`; so an upgrade whose `Origin` is neither the page's own nor allowed is refused. DNS
/// rebinding: a page on `evil.example` whose name is made to resolve to 127.0.0.1 *is* same-origin
/// with itself, so on a loopback server the `Host` must also be one of the server's own names.
struct RequestOriginPolicy: Sendable {
    /// Why a request was refused, in words for the log line and the 403 body.
    struct Refusal: Error, Sendable, Equatable {
        let reason: String
    }

    /// `server.enableCORS`: whether `Origin` is checked at all.
    var checksOrigin: Bool
    /// `server.corsAllowedOrigins`, normalised.
    var allowedOrigins: Set<String>
    /// The host names accepted in `Host`, lowercased; `nil` accepts any (the server listens on a
    /// public interface and cannot know the names it is reached by).
    var allowedHosts: Set<String>?

    init(configuration: SwiftlitConfiguration) {
        checksOrigin = configuration.enableCORS
        allowedOrigins = Set(configuration.corsAllowedOrigins.compactMap(Self.normalizedOrigin))
        let extra = configuration.allowedHosts.map { $0.lowercased() }
        if Self.isLoopback(configuration.address) {
            allowedHosts = Set(["localhost", "127.0.0.1", "::1", configuration.address.lowercased()] + extra)
        } else {
            allowedHosts = extra.isEmpty ? nil : Set(extra + [configuration.address.lowercased()])
        }
    }

    /// Checks the `Host` header of any request.
    func checkHost(_ host: String?) -> Refusal? {
        guard let allowedHosts, let host else { return nil }
        guard let name = Self.split(authority: host)?.name, allowedHosts.contains(name) || name.hasSuffix(".localhost")
        else { return Refusal(reason: "Host '\(host)' is not a name of this server (add it to server.allowedHosts)") }
        return nil
    }

    /// Checks a WebSocket upgrade's `Origin` against its `Host`. No `Origin` means no browser is
    /// involved (browsers always send it on a WebSocket upgrade), so there is nothing to hijack;
    /// the same holds for a `ws:`/`wss:` origin, which only non-browser clients send.
    func checkOrigin(_ origin: String?, host: String?) -> Refusal? {
        guard checksOrigin, let origin else { return nil }
        let lowered = origin.lowercased()
        if lowered.hasPrefix("ws://") || lowered.hasPrefix("wss://") { return nil }
        guard let normalized = Self.normalizedOrigin(origin) else {
            return Refusal(reason: "Origin '\(origin)' is not an origin")
        }
        if allowedOrigins.contains(normalized) { return nil }
        if let host, Self.isSameOrigin(normalized, host: host) { return nil }
        return Refusal(
            reason: "Origin '\(origin)' is not this server's (add it to server.corsAllowedOrigins to allow it)")
    }

    /// `scheme://host[:port]` lowercased, with the scheme's default port dropped; `nil` when
    /// `text` is not an http(s) origin (`null` from sandboxed frames and files included).
    static func normalizedOrigin(_ text: String) -> String? {
        let lowered = text.lowercased()
        for (scheme, defaultPort) in [("http://", 80), ("https://", 443)] where lowered.hasPrefix(scheme) {
            let authority = String(lowered.dropFirst(scheme.count))
            guard !authority.contains("/"), let (name, port) = split(authority: authority), !name.isEmpty else { return nil }
            let host = name.contains(":") ? "[\(name)]" : name
            return port == nil || port == defaultPort ? "\(scheme)\(host)" : "\(scheme)\(host):\(port ?? 0)"
        }
        return nil
    }

    /// Whether `origin` (normalised) names the same host and port as a `Host` header.
    private static func isSameOrigin(_ origin: String, host: String) -> Bool {
        let scheme = origin.hasPrefix("https://") ? "https://" : "http://"
        return normalizedOrigin(scheme + host) == origin
    }

    /// `name[:port]` or `[v6]:port` → the lowercased name (brackets removed) and the port.
    static func split(authority: String) -> (name: String, port: Int?)? {
        let text = authority.lowercased()
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            let name = String(text[text.index(after: text.startIndex)..<close])
            let rest = text[text.index(after: close)...]
            if rest.isEmpty { return (name, nil) }
            guard rest.hasPrefix(":"), let port = Int(rest.dropFirst()), (0...65535).contains(port) else { return nil }
            return (name, port)
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1: return (text, nil)
        case 2:
            guard let port = Int(parts[1]), (0...65535).contains(port) else { return nil }
            return (String(parts[0]), port)
        default: return (text, nil)  // a bare IPv6 address
        }
    }

    static func isLoopback(_ address: String) -> Bool {
        let name = address.lowercased()
        return name == "localhost" || name == "::1" || name.hasPrefix("127.")
    }
}
