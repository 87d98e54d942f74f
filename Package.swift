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
        // The model, input readers, parser, search and export. Knows nothing of terminals.
        .target(name: "KamervragenKit"),
        // The reader as a pure state machine plus layout and rendering into a cell grid.
        .target(name: "BrowserCore", dependencies: ["KamervragenKit"]),
        // ncursesw, wide-character API; see the shim for why the macros live there.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // The only module that talks to curses.
        .target(name: "CursesTerminal", dependencies: ["CNcursesw", "BrowserCore"]),
        .executableTarget(
            name: "kamervragen",
            dependencies: [
                "KamervragenKit", "BrowserCore", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Prints throughput, latency and memory figures; never run as a test.
        .executableTarget(name: "kamervragen-bench", dependencies: ["KamervragenKit", "BrowserCore"]),
        .testTarget(name: "KamervragenKitTests", dependencies: ["KamervragenKit"], resources: [.copy("Fixtures")]),
        .testTarget(name: "BrowserCoreTests", dependencies: ["BrowserCore", "KamervragenKit"], resources: [.copy("Fixtures")]),
        .testTarget(name: "EndToEndTests", dependencies: []),
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
    ]
}
