/// Stops the fuzzer when a property the code under test promises does not hold.
///
/// `precondition` in an `-O` build traps without printing its message, so the crash report would
/// not say which property broke; `fatalError` always prints it. libFuzzer sees the trap as a crash
/// and saves the input that caused it.
func require(_ condition: Bool, _ property: @autoclosure () -> String) {
    if !condition { fatalError("fuzz property violated: \(property())") }
}
