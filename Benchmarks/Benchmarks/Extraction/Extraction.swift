import Benchmark
import BenchmarkSupport
import VietCite

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .instructions, .mallocCountTotal],
        maxDuration: .seconds(2), maxIterations: 10)
    let extractor = CitationExtractor()
    let nfc = SourceText(bytes: Inputs.nfc.bytes)
    let nfd = SourceText(bytes: Inputs.nfd)
    let sparse = SourceText(bytes: Inputs.sparse.bytes)
    Inputs.check(extractor.extract(from: nfc).citations.count, Inputs.nfc.citations, "Extract.nfc")
    Inputs.check(extractor.extract(from: nfd).citations.count, Inputs.nfc.citations, "Extract.nfd")
    Inputs.check(extractor.extract(from: sparse).citations.count, Inputs.sparse.citations, "Extract.sparse")
    let adversarial = Inputs.adversarial.map { SourceText(bytes: $0.bytes) }
    Inputs.checkAdversarial { extractor.citations(in: $0).count }

    Benchmark("Extract.nfc") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(extractor.extract(from: nfc).citations.count) }
    }
    Benchmark("Extract.nfd") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(extractor.extract(from: nfd).citations.count) }
    }
    Benchmark("Extract.sparse") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(extractor.extract(from: sparse).citations.count) }
    }
    // Eight documents of 1 MB: one iteration reads 8 MB, as in the benchmarks above.
    Benchmark("Extract.adversarial") { benchmark in
        for _ in benchmark.scaledIterations {
            for document in adversarial { blackHole(extractor.extract(from: document).citations.count) }
        }
    }
}
