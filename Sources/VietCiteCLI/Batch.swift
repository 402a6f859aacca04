import Dispatch
import Synchronization
import VietCite
import VietCiteGraph

#if canImport(Glibc)
import Glibc
#endif

/// Reads and extracts files on `jobs` threads. Each thread takes the next file when it is done with one, so at
/// most `jobs` files are in memory at once, and folds it into its own ``CitationGraph/Builder``; the builders
/// are merged at the end. Nothing of a file is kept but its part of the graph.
struct Batch: Sendable {
    let files: [String]
    let jobs: Int
    let keepContext: Bool
    let progress: Bool

    struct Result {
        var skipped = 0
        var documents = 0
        var bytes = 0
        var citations = 0
    }

    private struct State {
        var next = 0
        var done = 0
        var builders: [CitationGraph.Builder]
        var documents = 0
        var skipped = 0
        var bytes = 0
        var citations = 0
        var lastReport = 0.0
    }

    /// Reads every file; returns the merged builder (to be consumed into the graph) and the counts.
    func run() -> (CitationGraph.Builder, Result) {
        let workers = min(jobs, max(files.count, 1))
        let state = Mutex(State(builders: Array(repeating: CitationGraph.Builder(), count: workers)))
        let started = Self.now()
        let extractor = CitationExtractor()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var builder = CitationGraph.Builder()
            defer { state.withLock { $0.builders[worker] = builder } }
            while true {
                let index = state.withLock { state -> Int? in
                    guard state.next < files.count else { return nil }
                    defer { state.next += 1 }
                    return state.next
                }
                guard let index else { return }
                let (records, size, skipped) = process(files[index], extractor: extractor)
                let citations = records.reduce(0) { $0 + $1.citationCount }
                for record in records { builder.add(record) }
                state.withLock { state in
                    state.documents += records.count
                    state.skipped += skipped
                    state.bytes += size
                    state.citations += citations
                    state.done += 1
                    if progress {
                        let now = Self.now()
                        if now - state.lastReport > 0.2 || state.done == files.count {
                            state.lastReport = now
                            report(state, elapsed: now - started)
                        }
                    }
                }
            }
        }
        if progress { InputFiles.warn("") }
        let builders = state.withLock { state in
            defer { state.builders = [] }
            return state.builders
        }
        return (CitationGraph.Builder.joined(builders), state.withLock { state in
            var result = Result()
            result.skipped = state.skipped
            result.documents = state.documents
            result.bytes = state.bytes
            result.citations = state.citations
            return result
        })
    }

    /// One file's records: one document, or one per line of a `.jsonl` file.
    private func process(_ path: String, extractor: CitationExtractor) -> ([CitationGraph.DocumentRecord], Int, Int) {
        let bytes: [UInt8]
        do {
            bytes = try InputFiles.read(path)
        } catch {
            InputFiles.warn(error.description)
            return ([], 0, 1)
        }
        if path.lowercased().hasSuffix(".jsonl") {
            var records: [CitationGraph.DocumentRecord] = []
            let failures = JSONLinesInput.forEachDocument(bytes, path: path) { id, text in
                records.append(CitationGraph.DocumentRecord(extractor.extract(from: SourceText(bytes: text)),
                                                            name: id, keepContext: keepContext))
            }
            return (records, bytes.count, failures)
        }
        let record = CitationGraph.DocumentRecord(extractor.extract(from: SourceText(bytes: bytes)), name: path,
                                                  keepContext: keepContext)
        return ([record], bytes.count, 0)
    }

    private func report(_ state: State, elapsed: Double) {
        let rate = Double(state.bytes) / 1_048_576 / max(elapsed, 0.001)
        let remaining = files.count - state.done
        let eta = state.done > 0 ? elapsed / Double(state.done) * Double(remaining) : 0
        let line = "\r\(state.done)/\(files.count) files, \(Self.megabytes(state.bytes)) MB, \(state.citations) "
            + "citations, \(Self.format(rate)) MB/s, ETA \(Int(eta.rounded())) s   "
        var bytes = Array(line.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }

    static func megabytes(_ bytes: Int) -> String { format(Double(bytes) / 1_048_576) }

    static func format(_ value: Double) -> String {
        let scaled = Int((value * 10).rounded())
        return "\(scaled / 10).\(scaled % 10)"
    }

    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
