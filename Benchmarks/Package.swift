// swift-tools-version: 6.1
// A nested package, so library users never resolve benchmark dependencies.
import PackageDescription

let package = Package(
    name: "VietCiteBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: "../"),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(name: "BenchmarkSupport", dependencies: [.product(name: "VietCite", package: "main")]),
        .executableTarget(
            name: "Normalization",
            dependencies: [
                "BenchmarkSupport", .product(name: "VietCite", package: "main"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Benchmarks/Normalization",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        .executableTarget(
            name: "Extraction",
            dependencies: [
                "BenchmarkSupport", .product(name: "VietCite", package: "main"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Benchmarks/Extraction",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
    ]
)
