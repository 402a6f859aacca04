import Benchmark
import BenchmarkSupport
import Foundation
@_spi(Stages) import VietCite

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .instructions, .mallocCountTotal],
        maxDuration: .seconds(2), maxIterations: 10)
    let clean = SourceText(bytes: Inputs.nfc.bytes)
    let nfd = SourceText(bytes: Inputs.nfd)
    precondition(Normalizer().normalize(nfd).bytes == clean.bytes, "NFD must normalize to the NFC corpus")

    Benchmark("Normalize.clean-nfc") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Normalizer().normalize(clean).bytes.count) }
    }
    Benchmark("Normalize.nfd") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Normalizer().normalize(nfd).bytes.count) }
    }
    // Naive baseline: Foundation's NFC of the whole text (ICU underneath), on 1 MB.
    let slice = String(decoding: Inputs.nfd.prefix(1 << 20), as: UTF8.self)
    Benchmark("Normalize.foundation-nfc-baseline-1MB") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(slice.precomposedStringWithCanonicalMapping.utf8.count) }
    }
}
