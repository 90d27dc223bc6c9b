public import SwiftlitProtocol

extension St {
    /// Side-by-side columns of equal width; returns one handle per column.
    ///
    /// ```swift
    /// let (left, right) = st.columns(2)
    /// left.metric("Revenue", "$1.2M", delta: "+4%")
    /// ```
    /// Columns stack on narrow screens. They may be nested one level, as in Streamlit.
    public func columns(_ count: Int, gap: ColumnGap = .small, verticalAlignment: VerticalAlignment = .top) -> [St] {
        columns(Array(repeating: 1.0, count: max(count, 1)), gap: gap, verticalAlignment: verticalAlignment)
    }

    /// Columns whose widths follow `weights`: `[3, 1]` makes the first three times as wide.
    public func columns(
        _ weights: [Double], gap: ColumnGap = .small, verticalAlignment: VerticalAlignment = .top
    ) -> [St] {
        guard placement.columnDepth < 2 else {
            reportMisuse(.columnsTooDeep())
            return weights.map { _ in child(at: nil) }
        }
        guard let row = emit(.block(.columns(ColumnsBlock(gap: gap, verticalAlignment: verticalAlignment)))) else {
            return weights.map { _ in child(at: nil) }
        }
        var rowPlacement = placement.child(row)
        rowPlacement.columnDepth += 1
        let rowHandle = St(run: run, placement: rowPlacement)
        return weights.map { rowHandle.child(at: rowHandle.emit(.block(.column(ColumnBlock(weight: max($0, 0.01)))))) }
    }

    /// Two columns, for `let (left, right) = st.columns(2)`.
    @_disfavoredOverload
    public func columns(
        _ spec: ColumnSpec, gap: ColumnGap = .small, verticalAlignment: VerticalAlignment = .top
    ) -> (St, St) {
        let c = unpack(spec, 2, gap, verticalAlignment)
        return (c[0], c[1])
    }

    /// Three columns, for `let (a, b, c) = st.columns(3)`.
    @_disfavoredOverload
    public func columns(
        _ spec: ColumnSpec, gap: ColumnGap = .small, verticalAlignment: VerticalAlignment = .top
    ) -> (St, St, St) {
        let c = unpack(spec, 3, gap, verticalAlignment)
        return (c[0], c[1], c[2])
    }

    /// Four columns, for `let (a, b, c, d) = st.columns(4)`.
    @_disfavoredOverload
    public func columns(
        _ spec: ColumnSpec, gap: ColumnGap = .small, verticalAlignment: VerticalAlignment = .top
    ) -> (St, St, St, St) {
        let c = unpack(spec, 4, gap, verticalAlignment)
        return (c[0], c[1], c[2], c[3])
    }

    /// Two tabs, for `let (chart, data) = st.tabs(["Chart", "Data"])`.
    @_disfavoredOverload
    public func tabs(_ labels: [String]) -> (St, St) {
        let t = padded(tabs(labels), to: 2, asked: labels.count)
        return (t[0], t[1])
    }

    /// Three tabs.
    @_disfavoredOverload
    public func tabs(_ labels: [String]) -> (St, St, St) {
        let t = padded(tabs(labels), to: 3, asked: labels.count)
        return (t[0], t[1], t[2])
    }

    private func unpack(_ spec: ColumnSpec, _ arity: Int, _ gap: ColumnGap, _ alignment: VerticalAlignment) -> [St] {
        padded(columns(spec.weights, gap: gap, verticalAlignment: alignment), to: arity, asked: spec.weights.count)
    }

    /// Reports a count the tuple cannot hold, and pads so that unpacking never traps.
    private func padded(_ handles: [St], to arity: Int, asked: Int) -> [St] {
        if asked != arity { reportMisuse(.columnCount(asked: asked, unpacked: arity)) }
        return handles + Array(repeating: child(at: nil), count: max(0, arity - handles.count))
    }
}

/// How many columns, or their relative widths: `2` or `[3, 1]`.
public struct ColumnSpec: Sendable, ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral {
    /// One weight per column.
    public let weights: [Double]

    public init(integerLiteral count: Int) { weights = Array(repeating: 1, count: max(count, 1)) }
    public init(arrayLiteral weights: Double...) { self.weights = weights }
    /// `count` equal columns.
    public static func count(_ count: Int) -> ColumnSpec { ColumnSpec(integerLiteral: count) }
}
