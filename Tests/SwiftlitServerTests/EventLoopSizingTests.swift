import Testing

@testable import SwiftlitServer

@Suite struct EventLoopSizingTests {
    @Test(arguments: [("0", 1), ("0-1", 2), ("0-3,8,10-11", 7), (" 2 ", 1), ("5-5", 1)])
    func aCPUListCountsItsCPUs(list: String, count: Int) {
        #expect(EventLoopSizing.cpuCount(inList: Substring(list)) == count)
    }

    @Test(arguments: ["", "x", "3-1", "1-", "-2", "1-2-3", "0,,1"])
    func anythingElseIsNotACPUList(list: String) {
        #expect(EventLoopSizing.cpuCount(inList: Substring(list)) == nil)
    }

    #if os(Linux)
        @Test func thisProcessMayRunOnAtLeastOneCPU() throws {
            let cpus = try #require(EventLoopSizing.allowedCPUs)
            #expect(cpus >= 1)
        }
    #endif
}
