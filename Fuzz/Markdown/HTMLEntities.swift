/// Decodes the character references in an attribute value, erring towards decoding too much: a
/// false alarm costs a look at the input, a missed `&#106;avascript:` would hide an attack.
///
/// Numeric references (`&#106;`, `&#x6A;`, semicolon optional, as browsers accept) and the named
/// ones that can spell a scheme or hide one (`&colon;`, `&Tab;`, `&NewLine;`, …), matched without
/// regard to case and with or without the semicolon.
func decodeCharacterReferences(_ value: String) -> [Unicode.Scalar] {
    let scalars = Array(value.unicodeScalars)
    var decoded: [Unicode.Scalar] = []
    var index = 0
    while index < scalars.count {
        if scalars[index] == "&", let (scalar, length) = reference(in: scalars, at: index) {
            decoded.append(scalar)
            index += length
        } else {
            decoded.append(scalars[index])
            index += 1
        }
    }
    return decoded
}

private let namedReferences: [(name: String, scalar: Unicode.Scalar)] = [
    ("amp", "&"), ("lt", "<"), ("gt", ">"), ("quot", "\""), ("apos", "'"), ("colon", ":"),
    ("tab", "\t"), ("newline", "\n"), ("nbsp", "\u{A0}"), ("sol", "/"), ("lpar", "("), ("rpar", ")"),
    ("period", "."), ("comma", ","), ("num", "#"), ("excl", "!"), ("semi", ";"), ("equals", "="),
]

/// The scalar a reference starting at `start` (an `&`) stands for, and how many scalars it spans.
private func reference(in scalars: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
    var index = start + 1
    guard index < scalars.count else { return nil }
    if scalars[index] == "#" {
        index += 1
        let hex = index < scalars.count && (scalars[index] == "x" || scalars[index] == "X")
        if hex { index += 1 }
        let digitsStart = index
        var number: UInt32 = 0
        while index < scalars.count, let digit = Int(String(scalars[index]), radix: hex ? 16 : 10) {
            // Saturate: any value past U+10FFFF decodes to U+FFFD, however long the digits run.
            number = min(number &* (hex ? 16 : 10) &+ UInt32(digit), 0x11_0000)
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < scalars.count, scalars[index] == ";" { index += 1 }
        // Browsers turn NUL, surrogates and out-of-range values into U+FFFD.
        let scalar = number == 0 ? nil : Unicode.Scalar(number)
        return (scalar ?? "\u{FFFD}", index - start)
    }
    let rest = asciiLowercased(String(String.UnicodeScalarView(scalars[index..<min(index + 8, scalars.count)])))
    guard let match = namedReferences.filter({ rest.hasPrefix($0.name) }).max(by: { $0.name.count < $1.name.count })
    else { return nil }
    index += match.name.unicodeScalars.count
    if index < scalars.count, scalars[index] == ";" { index += 1 }
    return (match.scalar, index - start)
}
