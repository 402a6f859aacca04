import Benchmark
import BenchmarkSupport
import VietCite
import VietCiteGraph

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .instructions, .mallocCountTotal], maxDuration: .seconds(2), maxIterations: 10)
    // 200 documents: the five seeds, 40 times each under different names.
    let extractor = CitationExtractor()
    let records = (0..<200).map { index in
        CitationGraph.DocumentRecord(extractor.extract(from: SourceText(bytes: BenchmarkCorpus.pages[index % 5])),
                                     name: "doc-\(index).txt", keepContext: true)
    }
    func build() -> CitationGraph {
        var builder = CitationGraph.Builder()
        for record in records { builder.add(record) }
        return builder.build()
    }
    let graph = build()
    precondition(graph.edges.reduce(0) { $0 + $1.count } == 40 * BenchmarkCorpus.citationsPerCopy
                 - 40 * records.prefix(5).reduce(0) { $0 + $1.selfCount }, "every citation is an occurrence")

    Benchmark("Graph.build-200-documents") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(build().nodes.count) }
    }
    for format in GraphFormat.allCases {
        Benchmark("Export.\(format.rawValue)") { benchmark in
            for _ in benchmark.scaledIterations {
                var bytes = 0
                format.write(graph) { bytes += $0.utf8.count }
                blackHole(bytes)
            }
        }
    }
}
