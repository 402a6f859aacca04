import Benchmark
import BenchmarkSupport
@_spi(Stages) import VietCite

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .instructions, .mallocCountTotal],
        maxDuration: .seconds(2), maxIterations: 10)
    let bytes = Inputs.nfc.bytes
    let tokens = Tokenizer.tokens(in: bytes)
    precondition(tokens.last.map { Int($0.end) } == bytes.count, "tokens must tile the buffer")

    Benchmark("Tokenize.corpus") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Tokenizer.tokens(in: bytes).count) }
    }
    // Naive baseline: String's word split (Characters, allocations per word).
    let text = String(decoding: bytes.prefix(1 << 20), as: UTF8.self)
    Benchmark("Tokenize.string-split-baseline-1MB") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count)
        }
    }
}
