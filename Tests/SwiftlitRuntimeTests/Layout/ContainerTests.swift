import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@Suite struct ContainerTests {
    @Test func containersTakeAHandleOrAClosure() async throws {
        let at = AppTest { st in
            let box = st.container(border: true)
            st.text("after")
            box.text("inside, drawn later")
            st.expander("Details") { st in st.text("hidden detail") }
            st.popover("Settings").checkbox("Dark")
        }
        try await at.run()
        let box = try #require(at.blocks(.vertical).first)
        #expect(at.elements(in: box).map(\.text) == ["inside, drawn later"])
        #expect(at.elements(.text).map(\.text) == ["inside, drawn later", "after", "hidden detail"])
        let expander = try #require(at.blocks(.expander).first)
        #expect(at.elements(in: expander).map(\.text) == ["hidden detail"])
        #expect(at.elements(in: try #require(at.blocks(.popover).first)).map(\.text) == ["Dark"])
    }

    @Test func columnsByCountWeightsAndTuples() async throws {
        let at = AppTest { st in
            let (left, right) = st.columns(2)
            right.text("right")
            left.metric("Revenue", "$1.2M", delta: "+4%")
            let weighted = st.columns([3, 1], gap: .large)
            weighted[1].text("narrow")
        }
        try await at.run()
        let rows = at.blocks(.columns)
        #expect(rows.count == 2)
        let columns = at.blocks(.column)
        #expect(columns.count == 4)
        #expect(at.elements(in: columns[0]).map(\.element.kind) == [.metric])
        #expect(at.elements(in: columns[1]).map(\.text) == ["right"])
        guard case .block(.column(let wide)) = columns[2].element else {
            Issue.record("not a column")
            return
        }
        #expect(wide.weight == 3)
    }

    @Test func columnsNestOneLevelOnly() async throws {
        let at = AppTest { st in
            let outer = st.columns(2)
            let inner = outer[0].columns(2)
            inner[0].text("one level is fine")
            _ = inner[0].columns(2)
            st.text("not reached")
        }
        try await at.run()
        #expect(at.elements(.text).map(\.text) == ["one level is fine"])
        #expect(at.exceptions.first?.text.contains("one level of nesting") == true)
    }

    @Test func unpackingTheWrongCountIsAClearError() async throws {
        let at = AppTest { st in
            let (a, b) = st.columns(3)
            a.text("a")
            b.text("b")
        }
        try await at.run()
        #expect(at.exceptions.first?.text.contains("asked for 3 columns but the code unpacks 2") == true)
    }

    @Test func tabsHoldTheirContent() async throws {
        let at = AppTest { st in
            let (chart, data) = st.tabs(["Chart", "Data"])
            data.text("rows")
            chart.text("lines")
        }
        try await at.run()
        let tabs = at.blocks(.tab)
        #expect(tabs.count == 2)
        #expect(at.elements(in: tabs[0]).map(\.text) == ["lines"])
        #expect(at.elements(in: tabs[1]).map(\.text) == ["rows"])
    }

    @Test func aSlotHoldsOneElementAndCanBeCleared() async throws {
        let at = AppTest { st in
            let slot = st.empty()
            slot.text("first")
            slot.text("second")
            let cleared = st.empty()
            cleared.text("gone")
            cleared.empty()
            st.text("end")
        }
        try await at.run()
        let slots = at.blocks(.slot)
        #expect(at.elements(in: slots[0]).map(\.text) == ["second"])
        #expect(at.elements(in: slots[1]).allSatisfy { $0.element.kind == .block })
        #expect(at.elements(.text).map(\.text) == ["second", "end"])
    }

    @Test func pageConfigCallsAddUp() async throws {
        let at = AppTest { st in
            st.setPageConfig(title: "Sales", layout: .wide)
            st.setPageConfig(icon: "📈")
        }
        try await at.run()
        let configs = at.elements(.pageConfig)
        #expect(configs.count == 1)
        #expect(configs.first?.path.root == RootContainer.event.rawValue)
        #expect(
            configs.first?.element
                == .pageConfig(PageConfigElement(title: "Sales", icon: "📈", layout: .wide, initialSidebarState: nil)))
    }

    @Test func theSidebarIsItsOwnRoot() async throws {
        let at = AppTest { st in
            st.sidebar.selectbox("Region", options: ["EU", "US"])
            st.text("main")
        }
        try await at.run()
        #expect(try at.selectbox("Region").view.path.root == RootContainer.sidebar.rawValue)
    }
}
