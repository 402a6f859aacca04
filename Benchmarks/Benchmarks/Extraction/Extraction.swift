import Benchmark
import BenchmarkSupport
import Foundation
import VietCite

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .instructions, .mallocCountTotal], maxDuration: .seconds(3), maxIterations: 20)

    let corpus = BenchmarkCorpus.repeated(16 << 20)
    let copies = corpus.count / BenchmarkCorpus.seeds.count
    let perCopy = CitationExtractor().extract(from: SourceText(bytes: BenchmarkCorpus.seeds)).citations.count
    precondition(perCopy == 76, "the seeds hold 76 numbered citations, found \(perCopy)")
    let expected = CitationExtractor().extract(from: SourceText(bytes: corpus)).citations.count
    precondition(expected >= copies * perCopy, "expected at least \(copies * perCopy) citations, found \(expected)")

    Benchmark("Extract.corpus-16MB") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(CitationExtractor().extract(from: SourceText(bytes: corpus)).citations.count)
        }
    }
    // Naive baseline: NSRegularExpression with the party/state/normative symbol patterns of documents.md §8.
    let pattern = #"\d{1,5}(?:\.\d{1,3})?\s*[-/]\s*(?:(?:19|20)\d{2}\s*/\s*)?[A-ZĐ][A-Za-zĐđ]*(?:\s*[-/]\s*[A-ZĐ0-9][A-Za-zĐđ0-9]*)+"#
    let regex = try! NSRegularExpression(pattern: pattern)
    let text = String(decoding: corpus, as: UTF8.self)
    Benchmark("Extract.nsregularexpression-baseline") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(regex.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text)))
        }
    }
}
