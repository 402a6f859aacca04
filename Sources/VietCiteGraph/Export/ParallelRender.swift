import Dispatch
import Synchronization

/// Renders items on several threads in bounded batches and hands the pieces to a sink in item order, so the
/// output is the same for any number of jobs and at most one batch of rendered text is held at once.
enum ParallelRender {
    static let batchSize = 4096

    /// Calls `render` for each item, in item order within each piece, appending its bytes to the piece's buffer.
    static func forEach<Item: Sendable>(_ items: [Item], jobs: Int,
                                        render: @Sendable (Int, Item, inout [UInt8]) -> Void,
                                        sink: (String) -> Void) {
        guard jobs > 1 && items.count > 256 else {
            var bytes: [UInt8] = []
            for (index, item) in items.enumerated() {
                render(index, item, &bytes)
                if bytes.count >= 1 << 16 {
                    sink(String(decoding: bytes, as: UTF8.self))
                    bytes.removeAll(keepingCapacity: true)
                }
            }
            if !bytes.isEmpty { sink(String(decoding: bytes, as: UTF8.self)) }
            return
        }
        var start = 0
        while start < items.count {
            let (lower, end) = (start, min(items.count, start + batchSize))
            let pieces = Mutex([[UInt8]](repeating: [], count: jobs))
            DispatchQueue.concurrentPerform(iterations: jobs) { part in
                let first = lower + (end - lower) * part / jobs
                let last = lower + (end - lower) * (part + 1) / jobs
                var bytes: [UInt8] = []
                for index in first..<last { render(index, items[index], &bytes) }
                pieces.withLock { $0[part] = bytes }
            }
            for piece in pieces.withLock({ $0 }) { sink(String(decoding: piece, as: UTF8.self)) }
            start = end
        }
    }
}
