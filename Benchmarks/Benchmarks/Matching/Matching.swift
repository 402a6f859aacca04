import Benchmark
import BenchmarkSupport
import Foundation
@_spi(Stages) import VietCite

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .instructions, .mallocCountTotal],
        maxDuration: .seconds(2), maxIterations: 10)
    let bytes = Inputs.nfc.bytes
    Inputs.check(Matcher.matches(in: bytes).count, Inputs.nfc.citations, "Match.corpus")
    let sparse = Inputs.sparse.bytes
    Inputs.check(Matcher.matches(in: sparse).count, Inputs.sparse.citations, "Match.sparse")

    Benchmark("Match.corpus") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Matcher.matches(in: bytes).count) }
    }
    Benchmark("Match.sparse") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Matcher.matches(in: sparse).count) }
    }
    // Naive baselines with the peers' pattern (symbols only): ICU through NSRegularExpression, and Swift Regex.
    let text = String(decoding: bytes, as: UTF8.self)
    let regex = try! NSRegularExpression(pattern: PeerPattern.numbered)
    Benchmark("Match.nsregularexpression-baseline") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(regex.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text)))
        }
    }
    let small = String(decoding: bytes.prefix(256 << 10), as: UTF8.self)
    let swiftRegex = try! Regex(PeerPattern.numbered)
    Benchmark("Match.swift-regex-baseline-256KB", configuration: .init(maxIterations: 3)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(small.matches(of: swiftRegex).count) }
    }
}
