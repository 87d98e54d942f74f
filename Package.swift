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
        // Storms of the pure core: random documents, keys and sizes, every rule checked
        // after every step (issue 9). The library is shared by BrowserCoreTests (a short
        // storm in the debug build) and kamervragen-storm (a million steps, built with -c
        // release by scripts/test.sh).
        .target(name: "BrowserStorm", dependencies: ["BrowserCore", "KamervragenKit"]),
        .executableTarget(name: "kamervragen-storm", dependencies: ["BrowserStorm"]),
        // Prints throughput, latency and memory figures; never run as a test.
        .executableTarget(name: "kamervragen-bench", dependencies: ["KamervragenKit", "BrowserCore"]),
        .testTarget(name: "KamervragenKitTests", dependencies: ["KamervragenKit"], resources: [.copy("Fixtures")]),
        .testTarget(name: "BrowserCoreTests", dependencies: ["BrowserCore", "KamervragenKit", "BrowserStorm"], resources: [.copy("Fixtures")]),
        .testTarget(name: "EndToEndTests", dependencies: []),
    ],
    swiftLanguageModes: [.v6]
)
