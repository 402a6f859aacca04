import Dispatch
import Synchronization

/// Renders items on several threads in bounded batches and hands the pieces to a sink in item order, so the
/// output is the same for any number of jobs and at most two batches of rendered text are held at once: the
/// next batch is rendered while the calling thread hands the current one to the sink.
enum ParallelRender {
    static let batchSize = 4096

    /// Calls `render` for each item, in item order within each piece, appending its bytes to the piece's buffer;
    /// `sink` is called on the calling thread only, with the pieces' UTF-8 bytes (no `String` is made of them).
    static func forEach<Item: Sendable>(_ items: [Item], jobs: Int,
                                        render: @Sendable (Int, Item, inout [UInt8]) -> Void,
                                        sink: ([UInt8]) -> Void) {
        guard jobs > 1 && items.count > 256 else {
            var bytes: [UInt8] = []
            for (index, item) in items.enumerated() {
                render(index, item, &bytes)
                if bytes.count >= 1 << 16 {
                    sink(bytes)
                    bytes.removeAll(keepingCapacity: true)
                }
            }
            if !bytes.isEmpty { sink(bytes) }
            return
        }
        let batches = (items.count + batchSize - 1) / batchSize
        withoutActuallyEscaping(render) { render in
            var current = Self.batch(0, of: items, jobs: jobs, render: render)
            for number in 0..<batches {
                let next = Mutex<[[UInt8]]>([])
                let group = DispatchGroup()
                if number + 1 < batches {
                    DispatchQueue.global().async(group: group) {
                        let pieces = Self.batch(number + 1, of: items, jobs: jobs, render: render)
                        next.withLock { $0 = pieces }
                    }
                }
                for piece in current { sink(piece) }
                group.wait()
                current = next.withLock { pieces in
                    defer { pieces = [] }
                    return pieces
                }
            }
        }
    }

    /// One batch rendered on `jobs` threads: a piece per thread, in item order.
    private static func batch<Item: Sendable>(_ number: Int, of items: [Item], jobs: Int,
                                              render: @Sendable (Int, Item, inout [UInt8]) -> Void) -> [[UInt8]] {
        let (lower, end) = (number * batchSize, min(items.count, (number + 1) * batchSize))
        let pieces = Mutex([[UInt8]](repeating: [], count: jobs))
        DispatchQueue.concurrentPerform(iterations: jobs) { part in
            let first = lower + (end - lower) * part / jobs
            let last = lower + (end - lower) * (part + 1) / jobs
            var bytes: [UInt8] = []
            for index in first..<last { render(index, items[index], &bytes) }
            pieces.withLock { $0[part] = bytes }
        }
        return pieces.withLock { pieces in
            defer { pieces = [] }
            return pieces
        }
    }
}
