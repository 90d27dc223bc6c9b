import Foundation
import Swiftlit

/// Specs that use every part of the Vega-Lite builder, printed as JSON by `swiftlit-e2e-apps
/// vega-specs` for Tests/E2E/test_vega_schema.py, which validates each against Vega-Lite's own
/// JSON schema and checks that the catalogue covers every mark type and channel the builder has.
enum VegaSpecCatalogue {
    static let sales = Table([
        Table.Column("category", ["A", "B", "C", "A"]),
        Table.Column("region", ["North", "South", "North", "South"]),
        Table.Column("revenue", [120.0, 80.5, 42.0, 99.0]),
        Table.Column("units", [3, 5, 2, 7]),
        Table.Column("day", days: [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 86_400), nil, nil]),
    ])

    static let rows: ChartData = .values([
        ["a": .number(1), "b": .number(2), "c": .string("x")],
        ["a": .number(3), "b": .number(4), "c": .string("y")],
    ])

    static var specs: [(name: String, spec: VegaLite)] {
        var specs: [(String, VegaLite)] = []
        // One unit view per mark type, with some of its properties.
        for mark in VegaLite.Mark.allTypes {
            specs.append(("mark \(mark.type)", VegaLite(.table(sales)).mark(mark).encode(.x("revenue"), .y("units"))))
        }
        specs += [
            ("bar with properties", VegaLite(.table(sales))
                .mark(.bar.color("steelblue").opacity(0.5).cornerRadius(4).cornerRadiusEnd(2).clip(true)
                    .orient(.vertical).binSpacing(1).width(10).tooltip(true).stroke("black").strokeWidth(1)
                    .fill("white").fillOpacity(0.9).strokeOpacity(0.8).strokeDash([4, 2]))
                .encode(.x("category", type: .nominal, sort: .byChannel(.y, descending: true)),
                        .y("revenue", type: .quantitative, aggregate: .sum, title: "Revenue",
                           stack: .zero, axis: .init(title: "Revenue", format: "$,.0f", labelAngle: -45, grid: false,
                                                    tickCount: 5, labels: true, ticks: true, orient: .left))),
             ),
            ("line with points", VegaLite(.table(sales))
                .mark(.line.point(true).interpolate(.monotone).size(2))
                .encode(.x("day", type: .temporal, timeUnit: .yearmonthdate, axis: .hidden),
                        .y("revenue", aggregate: .mean, scale: .init(type: .log, zero: false, nice: true)),
                        .color("region", type: .nominal, legend: .init(title: "Region", orient: .bottom,
                               direction: .horizontal, columns: 2, symbolType: "circle")),
                        .strokeDash("region", type: .nominal, legend: .hidden))),
            ("area normalized", VegaLite(.table(sales))
                .mark(.area.line(true).interpolate(.stepAfter))
                .encode(.x("day", type: .temporal, timeUnit: VegaLite.TimeUnit.yearmonth.utc),
                        .y("revenue", aggregate: .sum, stack: .normalize),
                        .color("category", scale: .init(domain: .values(["A", "B", "C"]),
                                                        range: .values(["#1f77b4", "#ff7f0e", "#2ca02c"]))),
                        .order("units", aggregate: .sum, sort: .descending))),
            ("streamgraph", VegaLite(.table(sales)).mark(.area)
                .encode(.x("day", type: .temporal), .y("revenue", stack: .center), .color("region"))),
            ("overlapping areas", VegaLite(.table(sales)).mark(.area.opacity(0.4))
                .encode(.x("units"), .y("revenue", stack: .unstacked), .color("region", scale: .init(scheme: "dark2")))),
            ("histogram", VegaLite(.table(sales)).mark(.bar)
                .encode(.x("revenue", bin: .init(maxbins: 20)), .y("revenue", aggregate: .count))),
            ("binned range", VegaLite(.table(sales)).mark(.bar)
                .encode(.x("start", bin: .binned), .x2("end"), .y("count", type: .quantitative))),
            ("bin step and extent", VegaLite(.table(sales)).mark(.rect)
                .encode(.x("revenue", bin: .init(step: 10, extent: 0...200, nice: true)),
                        .y("units", bin: .auto), .color("revenue", aggregate: .count, scale: .init(scheme: "viridis")))),
            ("pie", VegaLite(.table(sales)).mark(.arc.innerRadius(40).outerRadius(90).padAngle(0.02))
                .encode(.theta("revenue", type: .quantitative, aggregate: .sum, stack: .zero),
                        .radius("units", scale: .init(type: .sqrt, zero: true)),
                        .color("category"))),
            ("arc ranges", VegaLite(rows).mark(.arc)
                .encode(.theta("a", type: .quantitative), .theta2("b"), .radius(.value(80)), .radius2(.value(20)))),
            ("grouped bars", VegaLite(.table(sales)).mark(.bar)
                .encode(.x("category"), .xOffset("region", type: .nominal, sort: .ascending),
                        .y("revenue"), .color("region"))),
            ("horizontal grouped bars", VegaLite(.table(sales)).mark(.bar.orient(.horizontal))
                .encode(.y("category"), .yOffset("region", scale: .init(padding: 0.1)),
                        .x("revenue", aggregate: .max))),
            ("gantt", VegaLite(.table(sales)).mark(.bar)
                .encode(.y("category"), .x("day", type: .temporal), .x2("end", timeUnit: .yearmonthdate, title: "End"))),
            ("vertical ranges", VegaLite(rows).mark(.rule)
                .encode(.x("c", type: .nominal), .y("a", aggregate: .min), .y2("b", aggregate: .max))),
            ("error bars", VegaLite(rows).mark(.errorbar)
                .encode(.x("a", type: .quantitative), .xError("b"), .xError2("b"), .y("c", type: .nominal))),
            ("vertical error bars", VegaLite(rows).mark(.errorbar)
                .encode(.y("a", type: .quantitative), .yError("b"), .yError2("b"), .x("c", type: .nominal))),
            ("box plot", VegaLite(.table(sales)).mark(.boxplot.extent(1.5))
                .encode(.x("category"), .y("revenue", type: .quantitative))),
            ("box plot min-max", VegaLite(.table(sales)).mark(.boxplot.extentMinMax())
                .encode(.x("category"), .y("revenue", type: .quantitative))),
            ("error band", VegaLite(.table(sales)).mark(.errorband.opacity(0.3))
                .encode(.x("day", type: .temporal), .y("revenue", type: .quantitative, aggregate: .ci0),
                        .y2("revenue", aggregate: .ci1))),
            ("text labels", VegaLite(.table(sales))
                .mark(.text.align(.left).baseline(.middle).dx(3).dy(-2).fontSize(12).angle(10))
                .encode(.x("revenue"), .y("category"),
                        .text("revenue", type: .quantitative, format: ".1f"),
                        .size("units", scale: .init(range: .values([8.0, 20.0]))))),
            ("text constant", VegaLite(rows).mark(.text).encode(.x("a", type: .quantitative), .text(.value("label")))),
            ("text conditional", VegaLite(rows).mark(.text)
                .encode(.x("a", type: .quantitative),
                        .text("c", type: .nominal, condition: .test("datum.a > 2", .value("big"))))),
            ("text condition otherwise", VegaLite(rows).mark(.text)
                .encode(.text(condition: .param("pick", .field("c", type: .nominal)), otherwise: .value("")))
                .params(.point("pick"))),
            ("scatter with every mark property channel", VegaLite(.table(sales)).mark(.point.filled(true).shape("diamond"))
                .encode(.x("revenue"), .y("units"),
                        .fill("region"), .stroke("category", legend: .init(format: ".0f")),
                        .opacity("units", type: .quantitative),
                        .fillOpacity("units", type: .quantitative), .strokeOpacity(.value(0.5)),
                        .strokeWidth("units", type: .quantitative), .size("revenue", type: .quantitative),
                        .angle("units", type: .quantitative, scale: .init(domain: .range(0...10), range: .values([0.0, 90.0]))),
                        .shape("category", type: .nominal),
                        .detail("region"), .custom(.key, .field("category", type: .nominal)),
                        .description("category", type: .nominal),
                        .href("category", type: .nominal),
                        .tooltip([.field("category"), .field("revenue", aggregate: .sum, format: "$.2f")]))),
            ("color datum and value channels", VegaLite(.table(sales)).mark(.rule)
                .encode(.y(.datum(100)), .color(.datum("target")), .size(.value(2)), .strokeDash(.value(JSONValue.array([.number(4), .number(4)]))))),
            ("x value", VegaLite(rows).mark(.rule).encode(.x(.value(10)), .x2(.value(JSONValue.string("width"))))),
            ("temporal datum", VegaLite(rows).mark(.rule).encode(.x(.datum("2024-05-01", type: .temporal)))),
            ("multiple details", VegaLite(.table(sales)).mark(.line)
                .encode(.x("day", type: .temporal), .y("revenue"), .detail([.field("region"), .field("category")]))),
            ("tooltip single and off", VegaLite(.table(sales)).mark(.bar)
                .encode(.x("category"), .y("revenue"), .tooltip("revenue", type: .quantitative, aggregate: .sum, format: ",.2f"))),
            ("tooltip off", VegaLite(.table(sales)).mark(.bar.tooltip(true)).encode(.x("category"), .tooltip(.value(.null)))),
            ("image", VegaLite(.values([["src": .string("https://example.com/a.png"), "x": .number(1)]]))
                .mark(.image.width(40).height(40)).encode(.x("x", type: .quantitative), .url("src", type: .nominal))),
            ("href value", VegaLite(rows).mark(.point).encode(.x("a", type: .quantitative), .href(.value("https://example.com")))),
            ("row and column facets", VegaLite(.table(sales)).mark(.bar)
                .encode(.x("category"), .y("revenue"),
                        .row("region", type: .nominal, header: .init(title: "Region", labelAngle: 0, labelOrient: .left, titleOrient: .left, format: "", labels: true), spacing: 10),
                        .column("category", title: "Category", sort: .values(["C", "B", "A"])))),
            ("wrapped facet channel", VegaLite(.table(sales)).mark(.point)
                .encode(.x("revenue"), .y("units"), .facet("category", type: .nominal, sort: .descending, columns: 2))),
            ("map", VegaLite(.url("https://vega.github.io/vega-datasets/data/world-110m.json"))
                .mark(.geoshape.fill("lightgray").stroke("white"))
                .projection(.init(.equalEarth, center: (longitude: 10, latitude: 50), scale: 200,
                                       translate: (x: 300, y: 200), rotate: (0, 0, 0)))
                .property("data", .object(["url": .string("https://vega.github.io/vega-datasets/data/world-110m.json"),
                                           "format": .object(["type": .string("topojson"), "feature": .string("countries")])]))),
            ("geojson field", VegaLite(.named("regions")).mark(.geoshape).encode(.custom(.shape, .field("geo", type: .geojson)))
                .projection(.init(.albersUsa))),
            ("points on a map", VegaLite(.table(sales)).mark(.circle)
                .encode(.longitude("lon", type: .quantitative), .latitude("lat", title: "Latitude"),
                        .longitude2("lon2"), .latitude2("lat2"))
                .projection(.init(.mercator))),
            ("map datum", VegaLite(rows).mark(.circle).encode(.longitude(.datum(10)), .latitude(.datum(50)))
                .projection(.init(.orthographic))),
            ("transforms", VegaLite(.table(sales)).mark(.bar)
                .transform(
                    .filter("datum.revenue > 0"),
                    .filter(.field("region", equal: "North")),
                    .filter(.field("units", equal: 3)),
                    .filter(.field("category", oneOf: ["A", "B"])),
                    .filter(.field("units", oneOf: [2, 3])),
                    .filter(.field("revenue", range: 0...500)),
                    .filter(.and([.field("units", lessThan: 10), .field("units", lessThanOrEqual: 9),
                                  .or([.field("units", greaterThan: 0), .field("units", greaterThanOrEqual: 1)]),
                                  .not(.field("revenue", valid: false)), .expression("datum.units != 4")])),
                    .filter(.fieldEqual("day", .number(2024), timeUnit: .year)),
                    .calculate("datum.revenue / datum.units", as: "price"),
                    .joinAggregate([.init(.sum, "revenue", as: "total")], groupBy: ["region"]),
                    .window([.init(.aggregate(.sum), field: "revenue", as: "running"), .init(.rank, as: "rank"),
                             .init(.lag, field: "revenue", param: 1, as: "previous")],
                            frame: (nil, 0), groupBy: ["region"], sort: [.init("day", order: .ascending)],
                            ignorePeers: false),
                    .window([.init(.rowNumber, as: "n"), .init(.denseRank, as: "d"), .init(.percentRank, as: "p"),
                             .init(.cumeDist, as: "c"), .init(.ntile, param: 4, as: "q"), .init(.lead, field: "revenue", as: "next"),
                             .init(.firstValue, field: "revenue", as: "f"), .init(.lastValue, field: "revenue", as: "l"),
                             .init(.nthValue, field: "revenue", param: 2, as: "second")]),
                    .bin("revenue", as: "revenue_bin", bin: .init(maxbins: 10)),
                    .bin("units", as: "units_bin"),
                    .timeUnit(.month, field: "day", as: "month"),
                    .fold(["revenue", "units"], as: (key: "measure", value: "amount")),
                    .fold(["a"]),
                    .lookup("category", from: .table(categories), key: "category", fields: ["label"], default: "?"),
                    .lookup("region", from: .named("regions"), key: "region"),
                    .sample(100),
                    .flatten(["tags"], as: ["tag"]),
                    .aggregate([.init(.sum, "revenue", as: "total"), .init(.count, as: "n"),
                                .init(.argmax("revenue"), as: "best")], groupBy: ["category"]))
                .encode(.x("category"), .y("total", type: .quantitative))),
            ("density", VegaLite(.table(sales)).mark(.area)
                .transform(.density("revenue", groupBy: ["region"], extent: 0...200, bandwidth: 5, as: (value: "value", density: "density")))
                .encode(.x("value", type: .quantitative), .y("density", type: .quantitative))),
            ("regression and loess", VegaLite.layer([
                VegaLite().mark(.point).encode(.x("revenue"), .y("units")),
                VegaLite().mark(.line).transform(.regression("units", on: "revenue", method: .poly, groupBy: ["region"]))
                    .encode(.x("revenue"), .y("units")),
                VegaLite().mark(.line.color("red")).transform(.loess("units", on: "revenue", groupBy: ["region"], bandwidth: 0.5))
                    .encode(.x("revenue"), .y("units")),
            ], data: .table(sales))),
            ("aggregate ops", VegaLite(.table(sales)).mark(.bar).encode(.x("category"),
                .y("revenue", aggregate: .median), .color("revenue", aggregate: .stdev),
                .opacity("revenue", aggregate: .q1), .size("revenue", aggregate: .q3),
                .strokeWidth("revenue", aggregate: .variance),
                .tooltip([.field("revenue", aggregate: .argmin("units")), .field("revenue", aggregate: .distinct),
                          .field("revenue", aggregate: .valid), .field("revenue", aggregate: .missing),
                          .field("revenue", aggregate: .product), .field("revenue", aggregate: .average),
                          .field("revenue", aggregate: .variancep), .field("revenue", aggregate: .stdevp),
                          .field("revenue", aggregate: .stderr), .field("revenue", type: .nominal, aggregate: .values),
                          .field("revenue", aggregate: .min)]))),
            ("time units", VegaLite(.table(sales)).mark(.rect).encode(
                .x("day", type: .ordinal, timeUnit: .date), .y("day", type: .ordinal, timeUnit: .month),
                .color("day", type: .ordinal, timeUnit: .quarter),
                .tooltip([.field("day", timeUnit: .year), .field("day", timeUnit: .week), .field("day", timeUnit: .day),
                          .field("day", timeUnit: .dayofyear), .field("day", timeUnit: .hours),
                          .field("day", timeUnit: .minutes), .field("day", timeUnit: .seconds),
                          .field("day", timeUnit: .milliseconds), .field("day", timeUnit: .yearquarter),
                          .field("day", timeUnit: .yearquartermonth), .field("day", timeUnit: .yearmonthdatehours),
                          .field("day", timeUnit: .yearmonthdatehoursminutes),
                          .field("day", timeUnit: .yearmonthdatehoursminutesseconds),
                          .field("day", timeUnit: .yearweek), .field("day", timeUnit: .yearweekday),
                          .field("day", timeUnit: .yeardayofyear), .field("day", timeUnit: .quartermonth),
                          .field("day", timeUnit: .monthdate), .field("day", timeUnit: .monthdatehours),
                          .field("day", timeUnit: .weekday), .field("day", timeUnit: .dayhours),
                          .field("day", timeUnit: .hoursminutes), .field("day", timeUnit: .hoursminutesseconds),
                          .field("day", timeUnit: .minutesseconds), .field("day", timeUnit: .secondsmilliseconds)]))),
            ("sorts", VegaLite(.table(sales)).mark(.bar).encode(
                .x("category", sort: .byField("revenue", op: .sum, order: .descending)),
                .y("region", sort: .unsorted), .color("units", type: .ordinal, sort: .values([7, 5, 3, 2])))),
            ("scales", VegaLite(.table(sales)).mark(.point).encode(
                .x("revenue", scale: .init(type: .symlog, domain: .values([0, 200]), reverse: true, clamp: true)),
                .y("units", scale: .init(type: .pow, domain: .unaggregated)),
                .color("category", scale: .init(type: .ordinal, range: .named("category"))),
                .size("units", scale: .init(type: .quantize)),
                .opacity("revenue", scale: .init(type: .binOrdinal)))),
            ("brushed scatter", VegaLite(.table(sales)).mark(.point)
                .encode(.x("revenue"), .y("units"),
                        .color(condition: .param("brush", .field("region", type: .nominal)), otherwise: .value("lightgray")),
                        .opacity(condition: .param("brush", empty: false, .value(1)), otherwise: .value(0.3)),
                        .size(.condition(param: "brush", then: .value(100), else: .value(20))))
                .params(.interval("brush", encodings: [.x, .y], on: "[pointerdown, pointerup] > pointermove",
                                  clear: "dblclick", zoom: false, translate: true))),
            ("point selection bound to legend", VegaLite(.table(sales)).mark(.bar)
                .encode(.x("category"), .y("revenue"),
                        .color("region", condition: nil),
                        .fillOpacity(condition: .param("pick", .value(1)), otherwise: .value(0.3)))
                .params(.point("pick", fields: ["region"], on: "click", clear: .disabled, toggle: "event.shiftKey",
                               nearest: false, bind: .legend))),
            ("point selection by encoding", VegaLite(.table(sales)).mark(.point)
                .encode(.x("revenue"), .y("units"), .stroke(condition: .test("datum.units > 3", .value("red")), otherwise: .value("black")))
                .params(.point("hover", encodings: [.color], on: "pointerover", toggle: .always, nearest: true,
                               value: .array([.object(["region": .string("North")])])))),
            ("zoomable", VegaLite(.table(sales)).mark(.point).encode(.x("revenue"), .y("units"))
                .params(.interval("zoom", bind: .scales))),
            ("interval by field", VegaLite(.table(sales)).mark(.bar).encode(.x("category"), .y("revenue"))
                .params(.interval("range", fields: ["revenue"]))),
            ("value params bound to inputs", VegaLite(.table(sales)).mark(.point.size(50))
                .encode(.x("revenue"), .y("units"), .size(.value(JSONValue.object(["expr": .string("size")]))))
                .params(.value("size", 50, bind: .range(min: 10, max: 200, step: 10, name: "Size ")),
                        .value("shape", .string("circle"), bind: .select([.string("circle"), .string("square")], labels: ["Circle", "Square"], name: "Shape ")),
                        .value("side", .string("left"), bind: .radio([.string("left"), .string("right")])),
                        .value("on", .bool(true), bind: .checkbox(name: "On")),
                        .value("label", .string(""), bind: .text(placeholder: "label")),
                        .value("tint", .string("#ff0000"), bind: .text(type: "color")),
                        .expression("double", "size * 2"))),
            ("selection bound to inputs", VegaLite(.table(sales)).mark(.point).encode(.x("revenue"), .y("units"))
                .params(.point("pickRegion", fields: ["region"],
                               bind: .input(.select([.string("North"), .string("South")]))))),
            ("layered line and rule", VegaLite.layer([
                VegaLite().mark(.line).encode(.x("day", type: .temporal), .y("revenue")),
                VegaLite().mark(.rule.color("firebrick").strokeWidth(2)).encode(.y("revenue", aggregate: .mean)),
            ], data: .table(sales)).title("Revenue", subtitle: "with its mean").width(400).height(300)),
            ("layer with independent scales", VegaLite.layer([
                VegaLite().mark(.bar).encode(.x("category"), .y("revenue")),
                VegaLite().mark(.line.color("black")).encode(.x("category"), .y("units")),
            ], data: .table(sales)).resolve(scale: [.y: .independent], axis: [.y: .independent], legend: [.color: .shared])),
            ("concatenations", VegaLite.vconcat([
                VegaLite.hconcat([
                    VegaLite().mark(.bar).encode(.x("category"), .y("revenue")),
                    VegaLite().mark(.point).encode(.x("revenue"), .y("units")).params(.point("nestedPick")),
                ]),
                VegaLite.concat([
                    VegaLite().mark(.tick.thickness(2)).encode(.x("revenue")),
                    VegaLite(.table(categories)).mark(.text).encode(.text("label", type: .nominal)),
                ], columns: 2).spacing(5),
            ], data: .table(sales)).description("Two rows of charts")),
            ("brushed overview and detail", VegaLite.vconcat([
                VegaLite().mark(.area).encode(.x("day", type: .temporal, scale: .init(domain: .param("brush"))), .y("revenue"))
                    .width(.container),
                VegaLite().mark(.area).encode(.x("day", type: .temporal), .y("revenue")).height(60)
                    .params(.interval("brush", encodings: [.x])),
            ], data: .table(sales))),
            ("facet operator", VegaLite.facet(
                VegaLite().mark(.bar).encode(.x("category"), .y("revenue")),
                row: .init("region", type: .nominal, title: "Region", header: .init(labelAngle: 0)),
                column: .init("category", sort: .ascending),
                data: .table(sales))),
            ("wrapped facet operator", VegaLite.facet(
                VegaLite().mark(.point).encode(.x("revenue"), .y("units")).params(.point("facetPick")),
                column: .init("day", type: .temporal, timeUnit: .month, bin: nil), columns: 3, data: .table(sales))
                .resolve(scale: [.x: .independent])),
            ("facet of a layer", VegaLite.facet(
                VegaLite.layer([
                    VegaLite().mark(.bar).encode(.x("category"), .y("revenue")),
                    VegaLite().mark(.rule).encode(.y("revenue", aggregate: .mean)),
                ]), row: .init("region"), data: .table(sales))),
            ("step width", VegaLite(.table(sales)).mark(.bar).encode(.x("category"), .y("revenue"))
                .width(.step(30)).height(.container)),
            ("raw json", VegaLite(json: .object([
                "mark": .string("bar"),
                "data": .object(["values": .array([.object(["a": .number(1)])])]),
                "encoding": .object(["x": .object(["field": .string("a"), "type": .string("quantitative")])]),
            ]))),
        ]
        return specs
    }

    static let categories = Table([
        Table.Column("category", ["A", "B", "C"]), Table.Column("label", ["Apples", "Bananas", "Cherries"]),
    ])

    /// The catalogue as JSON: every mark type and channel the builder has, and each named spec.
    static func json() -> JSONValue {
        .object([
            "marks": .array(VegaLite.Mark.allTypes.map { .string($0.type) }),
            "channels": .array(ChannelName.allCases.map { .string($0.rawValue) }),
            "specs": .array(specs.map { entry in
                .object(["name": .string(entry.name), "spec": entry.spec.json,
                         "datasets": .array(entry.spec.datasets.map { .string($0.name) })])
            }),
        ])
    }
}
