import Dispatch
import Synchronization

/// Renders items on several threads in bounded batches and hands the pieces to a sink in item order, so the
/// output is the same for any number of jobs and at most one batch of rendered text is held at once.
enum ParallelRender {
    static let batchSize = 4096

    static func forEach<Item: Sendable>(_ items: [Item], jobs: Int, render: @Sendable (Int, Item) -> String,
                                        sink: (String) -> Void) {
        guard jobs > 1 && items.count > 256 else {
            for (index, item) in items.enumerated() { sink(render(index, item)) }
            return
        }
        var start = 0
        while start < items.count {
            let (lower, end) = (start, min(items.count, start + batchSize))
            let pieces = Mutex([String](repeating: "", count: jobs))
            DispatchQueue.concurrentPerform(iterations: jobs) { part in
                let first = lower + (end - lower) * part / jobs
                let last = lower + (end - lower) * (part + 1) / jobs
                var text = ""
                for index in first..<last { text += render(index, items[index]) }
                pieces.withLock { $0[part] = text }
            }
            for piece in pieces.withLock({ $0 }) { sink(piece) }
            start = end
        }
    }
}
