import Foundation
import Benchmark
import BenchmarkSupport
@_spi(Stages) import VietCite

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .instructions, .mallocCountTotal], maxDuration: .seconds(3), maxIterations: 20)

    let clean = BenchmarkCorpus.repeated(16 << 20)
    let decomposed = BenchmarkCorpus.decomposed(clean)
    precondition(Normalizer().normalize(SourceText(bytes: clean)).map.isIdentity, "clean corpus must need no change")
    precondition(Normalizer().normalize(SourceText(bytes: decomposed)).bytes == clean, "NFD must compose back")

    Benchmark("Normalize.clean-16MB", configuration: .init(scalingFactor: .one)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Normalizer().normalize(SourceText(bytes: clean)))
        }
    }
    Benchmark("Normalize.nfd-16MB") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Normalizer().normalize(SourceText(bytes: decomposed)))
        }
    }
    // Naive baseline: Foundation's NFC of the whole text as a String (no offsets at all).
    Benchmark("Normalize.foundation-nfc-baseline") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(String(decoding: decomposed, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8.count)
        }
    }
}
