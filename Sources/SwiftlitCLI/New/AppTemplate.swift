import SwiftlitServer

/// The files of a new app: a package whose library target holds the app (so its test can import
/// it), a two-line executable that serves it, a test written with SwiftlitTesting, its settings and
/// a README.
struct AppTemplate {
    /// The folder and executable name, e.g. `my-app`.
    let name: String
    let swiftlit: SwiftlitDependency

    /// A name that makes a good folder, package and executable name.
    static func validate(_ name: String) -> String? {
        guard let first = name.first, first.isASCII, first.isLetter else {
            return "an app name starts with a letter (a-z, A-Z)"
        }
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            return "an app name holds only letters, digits, '-' and '_'"
        }
        return nil
    }

    /// The app's Swift module: `my-app` → `MyApp`.
    var module: String {
        name.split(whereSeparator: { $0 == "-" || $0 == "_" })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    /// Every file, by path relative to the package folder.
    var files: [(path: String, text: String)] {
        [
            ("Package.swift", manifest),
            ("Sources/\(module)/App.swift", app),
            ("Sources/\(name)/main.swift", main),
            ("Tests/\(module)Tests/AppTests.swift", test),
            (".swiftlit/config.toml", ConfigurationDocument.render() + "\n"),
            (".swiftlit/secrets.toml", "# Secrets for this app (API keys, passwords). Never commit this file.\n"),
            (".gitignore", ".build/\n.swiftpm/\n.swiftlit/secrets.toml\n.swiftlit/cache/\n"),
            ("README.md", readme),
        ]
    }

    private var manifest: String {
        let product = { (name: String) in ".product(name: \"\(name)\", package: \(SwiftLiteral.string(swiftlit.identity)))" }
        return """
            // swift-tools-version: 6.2
            import PackageDescription

            let package = Package(
                name: "\(name)",
                platforms: [.macOS(.v15)],
                dependencies: [
                    \(swiftlit.manifestLine),
                ],
                targets: [
                    // The app itself: one function, importable by the test.
                    .target(name: "\(module)", dependencies: [\(product("Swiftlit"))]),
                    // `swift run \(name)` (or `swiftlit run`) serves it.
                    .executableTarget(name: "\(name)", dependencies: ["\(module)", \(product("Swiftlit"))]),
                    .testTarget(name: "\(module)Tests", dependencies: ["\(module)", \(product("SwiftlitTesting"))]),
                ]
            )

            """
    }

    private var app: String {
        """
        import Swiftlit

        /// The app: it runs top to bottom on every interaction, and widget calls return their values.
        public func app(_ st: St) async throws {
            st.title("Hello 👋")
            let name = st.textInput("Your name", value: "world")
            let times = st.slider("Repeat", in: 1...5, value: 2)
            for _ in 0..<times { st.markdown("Hello, **\\(name)**!") }
            if st.button("Count") { st.session["clicks", default: 0] += 1 }
            st.write("Clicked \\(st.session["clicks", default: 0]) times")
        }

        """
    }

    private var main: String {
        """
        import Foundation
        import Swiftlit
        import \(module)

        do {
            try await Swiftlit.serve(app)
        } catch let error as ConfigurationError {
            FileHandle.standardError.write(Data("\(name): \\(error)\\n".utf8))
            exit(2)
        }

        """
    }

    private var test: String {
        """
        import \(module)
        import SwiftlitTesting
        import Testing

        @Test func greetsByName() async throws {
            let at = AppTest(app)
            try await at.run()
            #expect(at.markdown.map(\\.text) == ["Hello, world!", "Hello, world!", "Clicked 0 times"])
            try at.textInput("Your name").input("Swift")
            try at.slider("Repeat").set(1)
            try await at.run()
            #expect(at.markdown.map(\\.text) == ["Hello, Swift!", "Clicked 0 times"])
        }

        @Test func countsClicks() async throws {
            let at = AppTest(app)
            try await at.run()
            try at.button("Count").click()
            try await at.run()
            #expect(at.markdown.last?.text == "Clicked 1 times")
        }

        """
    }

    private var readme: String {
        """
        # \(name)

        A [Swiftlit](https://github.com/swiftlit/swiftlit) app.

        ```sh
        swiftlit run            # build, serve at http://localhost:8501 and reload on save
        swift test              # run the app's tests (SwiftlitTesting's AppTest, no browser)
        ```

        The app is `Sources/\(module)/App.swift`. Settings are in `.swiftlit/config.toml` (every option is
        listed there, commented out); secrets go in `.swiftlit/secrets.toml`, which git ignores.

        """
    }
}
