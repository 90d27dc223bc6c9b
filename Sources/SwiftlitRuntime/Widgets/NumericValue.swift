import SwiftlitProtocol

/// Reading numbers the browser sends: JSON has one number type, so integers are checked here.
enum NumericValue {
    /// A whole number within `range` (clamped), or `nil` when the value is not a whole number.
    static func int(_ wire: WidgetValue, in range: ClosedRange<Int>?) -> Int? {
        guard case .number(let number) = wire, let value = int(number) else { return nil }
        return range.map { value.clamped(to: $0) } ?? value
    }

    /// A finite number within `range` (clamped), or `nil` when the value is not a finite number.
    static func double(_ wire: WidgetValue, in range: ClosedRange<Double>?) -> Double? {
        guard case .number(let number) = wire, number.isFinite else { return nil }
        return range.map { number.clamped(to: $0) } ?? number
    }

    /// Two whole numbers, ordered and clamped to `range`.
    static func intRange(_ wire: WidgetValue, in range: ClosedRange<Int>) -> ClosedRange<Int>? {
        guard let numbers = wire.numbers, numbers.count == 2,
            let low = int(numbers[0]), let high = int(numbers[1])
        else { return nil }
        return ordered(low.clamped(to: range), high.clamped(to: range))
    }

    /// Two finite numbers, ordered and clamped to `range`.
    static func doubleRange(_ wire: WidgetValue, in range: ClosedRange<Double>) -> ClosedRange<Double>? {
        guard let numbers = wire.numbers, numbers.count == 2, numbers.allSatisfy(\.isFinite) else { return nil }
        return ordered(numbers[0].clamped(to: range), numbers[1].clamped(to: range))
    }

    private static func int(_ number: Double) -> Int? {
        guard number.isFinite, number.rounded() == number, abs(number) < 9.0e15 else { return nil }
        return Int(number)
    }

    private static func ordered<T: Comparable>(_ a: T, _ b: T) -> ClosedRange<T> { min(a, b)...max(a, b) }
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { Swift.min(Swift.max(self, range.lowerBound), range.upperBound) }
}
