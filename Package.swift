// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kamervragen",
    products: [
        .executable(name: "kamervragen", targets: ["kamervragen"]),
        .library(name: "KamervragenKit", targets: ["KamervragenKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // zlib and libxml2, each used by one file of OpenXMLPackage (see docs/word.md).
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0"),
        // ZIP archives and their XML parts, read in memory with hard limits: the only
        // module that touches zlib or libxml2. Knows nothing of Word's vocabulary.
        .target(name: "OpenXMLPackage", dependencies: ["CZlib", "CLibXML2"]),
        // The model, input readers, parser, search and export. Knows nothing of terminals.
        .target(name: "KamervragenKit", dependencies: ["OpenXMLPackage"]),
        // The system SQLite (FTS5 compiled in); see docs/library.md for why not GRDB.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        // Many documents: the SQLite FTS5 index in the user's cache, indexing, queries, links.
        .target(name: "KamervragenLibrary", dependencies: ["KamervragenKit", "CSQLite"]),
        // The reader as a pure state machine plus layout and rendering into a cell grid.
        .target(name: "BrowserCore", dependencies: ["KamervragenKit"]),
        // ncursesw, wide-character API; see the shim for why the macros live there.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // The only module that talks to curses.
        .target(name: "CursesTerminal", dependencies: ["CNcursesw", "BrowserCore"]),
        .executableTarget(
            name: "kamervragen",
            dependencies: [
                "KamervragenKit", "KamervragenLibrary", "BrowserCore", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Storms of the pure core: random documents, keys and sizes, every rule checked
        // after every step (issue 9). The library is shared by BrowserCoreTests (a short
        // storm in the debug build) and kamervragen-storm (a million steps, built with -c
        // release by scripts/test.sh).
        .target(name: "BrowserStorm", dependencies: ["BrowserCore", "KamervragenKit"]),
        .executableTarget(name: "kamervragen-storm", dependencies: ["BrowserStorm"]),
        // Prints throughput, latency and memory figures; never run as a test.
        .executableTarget(name: "kamervragen-bench", dependencies: ["KamervragenKit", "KamervragenLibrary", "BrowserCore"]),
        // Builds ZIP archives and small Word files in memory for the tests (honest and hostile).
        .target(name: "DocxBuilder", dependencies: ["CZlib"], path: "Tests/DocxBuilder"),
        // What the test targets share: fixtures read from a bundle, the seeded generator.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "OpenXMLPackageTests", dependencies: ["OpenXMLPackage", "DocxBuilder"]),
        .testTarget(name: "KamervragenKitTests", dependencies: ["KamervragenKit", "OpenXMLPackage", "DocxBuilder", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "KamervragenLibraryTests", dependencies: ["KamervragenLibrary", "KamervragenKit"], resources: [.copy("Fixtures")]),
        .testTarget(name: "BrowserCoreTests", dependencies: ["BrowserCore", "KamervragenKit", "BrowserStorm", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "EndToEndTests", dependencies: ["DocxBuilder", "TestSupport", "KamervragenKit"]),
        // The executable's own glue (the library view's source, `LibraryCatalog`) on a real
        // index: the view's pure core driven over SQLite in a temporary folder, no tmux.
        .testTarget(name: "KamervragenTests", dependencies: ["kamervragen", "BrowserCore", "KamervragenLibrary", "KamervragenKit"]),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets (Fuzz/, run by scripts/fuzz.sh) exist only when KAMERVRAGEN_FUZZ is
// set, so `swift build`, the tests and the release build neither see nor compile them.
if Context.environment["KAMERVRAGEN_FUZZ"] != nil {
    package.targets += [
        .target(name: "FuzzSupport", dependencies: ["KamervragenKit"], path: "Fuzz/FuzzSupport"),
        .executableTarget(name: "FuzzText", dependencies: ["FuzzSupport", "KamervragenKit"], path: "Fuzz/FuzzText"),
        .executableTarget(name: "FuzzPDFText", dependencies: ["FuzzSupport", "KamervragenKit"], path: "Fuzz/FuzzPDFText"),
        .executableTarget(name: "FuzzPDFBBox", dependencies: ["FuzzSupport", "KamervragenKit"], path: "Fuzz/FuzzPDFBBox"),
        .executableTarget(name: "FuzzBrowser", dependencies: ["FuzzSupport", "KamervragenKit", "BrowserCore"], path: "Fuzz/FuzzBrowser"),
        .executableTarget(name: "FuzzDocx", dependencies: ["FuzzSupport", "KamervragenKit", "DocxBuilder"], path: "Fuzz/FuzzDocx"),
    ]
}
