// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "VietCite",
    products: [
        .library(name: "VietCite", targets: ["VietCite"]),
        .library(name: "VietCiteGraph", targets: ["VietCiteGraph"]),
        .executable(name: "vietcite", targets: ["VietCiteCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // System ICU (Debian: libicu-dev), located through pkg-config `icu-uc`.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc",
            providers: [.apt(["libicu-dev", "pkg-config"]), .brew(["icu4c"])]
        ),
        // The only code that includes ICU headers: a few prefixed functions with plain C types.
        .target(
            name: "CVietCiteICU",
            dependencies: ["CICU"],
            linkerSettings: [.linkedLibrary("icuuc")]
        ),
        // The byte scans with SSE2 and AVX2: the normalizer's clean text, the matcher's anchors, JSON's plain runs.
        .target(name: "CVietCiteScan"),
        .target(
            name: "VietCite",
            dependencies: ["CVietCiteICU", "CVietCiteScan"],
            swiftSettings: [.define("VIETCITE_INTERNAL_CHECKS", .when(configuration: .debug))]
        ),
        .target(
            name: "VietCiteGraph",
            dependencies: ["VietCite", "CVietCiteScan"]
        ),
        .executableTarget(
            name: "VietCiteCLI",
            dependencies: [
                "VietCite",
                "VietCiteGraph",
                "CVietCiteScan",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Locating `Corpus/` for the test targets.
        .target(
            name: "VietCiteTestSupport",
            path: "Tests/Support"
        ),
        .testTarget(
            name: "VietCiteTests",
            dependencies: ["VietCite", "CVietCiteICU", "CVietCiteScan", "VietCiteTestSupport"]
        ),
        .testTarget(
            name: "VietCiteGraphTests",
            dependencies: ["VietCiteGraph", "VietCite", "VietCiteTestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "VietCiteCLITests",
            dependencies: ["VietCiteCLI"]
        ),
    ]
)
