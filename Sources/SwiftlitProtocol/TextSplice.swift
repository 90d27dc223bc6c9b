/// The rule of the `splice` operation (see ``DeltaOp/splice(path:keep:text:)``), in one place for
/// the differ that writes it and every tree that applies it.
///
/// Offsets count UTF-16 code units because that is how the browser indexes a string: the client
/// applies a splice with `html.slice(0, keep) + text`, and both sides must cut at the same place.
public enum TextSplice {
    /// The first `keep` UTF-16 code units of `text` followed by `appended`; `nil` when `keep` is past
    /// the end of `text` or falls inside a surrogate pair (no client could have sent that honestly).
    public static func apply(keep: Int, appending appended: String, to text: String) -> String? {
        let units = text.utf16
        guard keep >= 0, keep <= units.count else { return nil }
        let cut = units.index(units.startIndex, offsetBy: keep)
        guard let kept = String(units[..<cut]) else { return nil }
        return kept + appended
    }

    /// How to turn `old` into `new` by keeping a prefix of `old`: `nil` when they share fewer than
    /// `minimumKept` code units, where a whole new value costs about as much and reads more simply.
    public static func between(_ old: String, _ new: String, minimumKept: Int) -> (keep: Int, text: String)? {
        var keep = 0
        var oldUnits = old.utf16.makeIterator()
        for unit in new.utf16 {
            guard oldUnits.next() == unit else { break }
            keep += 1
        }
        // Never cut between the two halves of a surrogate pair.
        let units = new.utf16
        if keep > 0, keep < units.count, UTF16.isTrailSurrogate(units[units.index(units.startIndex, offsetBy: keep)]) {
            keep -= 1
        }
        guard keep >= minimumKept else { return nil }
        let cut = units.index(units.startIndex, offsetBy: keep)
        guard let text = String(units[cut...]) else { return nil }
        return (keep, text)
    }
}
