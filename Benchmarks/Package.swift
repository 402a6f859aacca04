// swift-tools-version: 6.1
// A nested package, so library users never resolve benchmark dependencies.
import PackageDescription

let vietcite: [Target.Dependency] = [
    .product(name: "VietCite", package: "VietCite"), .product(name: "VietCiteGraph", package: "VietCite"),
]

/// One package-benchmark target per stage, at `Benchmarks/<Stage>/<Stage>.swift`.
func stage(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["BenchmarkSupport", .product(name: "Benchmark", package: "package-benchmark")] + vietcite,
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
    )
}

let package = Package(
    name: "VietCiteBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "VietCite", path: "../"),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Corpus loading, the deterministic generator and the peers' patterns.
        .target(name: "BenchmarkSupport", dependencies: vietcite),
        // `vietcite-corpus DIR [MB]`: writes the large generated corpora (never committed).
        .executableTarget(name: "vietcite-corpus", dependencies: ["BenchmarkSupport"]),
        // `vietcite-peers MODE FILE`: in-process throughput of one stage or baseline, for Scripts/compare.py.
        .executableTarget(name: "vietcite-peers", dependencies: ["BenchmarkSupport"] + vietcite),
        stage("Normalization"),
        stage("Tokenization"),
        stage("Matching"),
        stage("Extraction"),
        stage("GraphExport"),
    ]
)
