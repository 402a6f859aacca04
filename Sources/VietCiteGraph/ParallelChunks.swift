import Dispatch
import Synchronization

/// Work on `0..<count` cut into contiguous chunks, one per job, each done on its own thread: the graph's final
/// expansion, which would otherwise run on one core after the batch ran on all of them.
enum ParallelChunks {
    /// `body` for each chunk, the results in chunk order; on the calling thread alone when `jobs` is 1 or the
    /// work is small.
    static func map<Part: Sendable>(_ count: Int, jobs: Int, _ body: @Sendable (Range<Int>) -> Part) -> [Part] {
        let parts = count < 1024 ? 1 : max(1, min(jobs, count))
        guard parts > 1 else { return [body(0..<count)] }
        let results = Mutex([Part?](repeating: nil, count: parts))
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let result = body(count * part / parts..<count * (part + 1) / parts)
            results.withLock { $0[part] = result }
        }
        return results.withLock { $0.map { $0! } }
    }

    /// An array of `count` elements, `element(i)` at `i`, made on `jobs` threads that each write their chunk in
    /// place: joining chunk arrays copied every element again.
    static func array<Element: Sendable>(_ count: Int, jobs: Int,
                                         _ element: @Sendable (Int) -> Element) -> [Element] {
        Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = Slots(base: buffer.baseAddress)
            _ = map(count, jobs: jobs) { range in
                for index in range { (base.base! + index).initialize(to: element(index)) }
            }
            initialized = count
        }
    }

    /// The array's storage, each thread writing its own chunk of it.
    private struct Slots<Element>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Element>?
    }
}
