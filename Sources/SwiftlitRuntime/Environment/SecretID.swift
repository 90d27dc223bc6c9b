/// Ids that are bearer secrets: whoever presents a session id in `hello` resumes that session's
/// `st.session`, whoever knows a media id can fetch those bytes. So they are unguessable and never
/// written whole to a log.
enum SecretID {
    /// 128 random bits from the system's cryptographic generator, as 32 hex digits.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let high = generator.next() as UInt64
        let low = generator.next() as UInt64
        return hex(high) + hex(low)
    }

    /// What logs show of an id: enough to tell sessions apart, too little to resume one.
    static func logName(_ id: String) -> String { String(id.prefix(6)) + "…" }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
