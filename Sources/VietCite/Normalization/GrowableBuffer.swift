/// A growable run of plain values for the normalizer's output bytes and offset-map segments.
///
/// Decomposed text makes several small writes per letter (the stretch before it, the letter's bytes, two map
/// segments); `Array` checks uniqueness and capacity on each, this buffer only capacity. It is a class so that
/// the passes holding it write through one reference; ``array`` copies the contents out once at the end.
final class GrowableBuffer<Element: BitwiseCopyable> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// The number of values written.
    private(set) var count = 0

    init(capacity: Int = 16) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Room for `extra` more values.
    @inline(__always)
    func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    @inline(never)
    private func grow(to minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Where the next `extra` values go; ``advance(_:)`` then counts those written there.
    @inline(__always)
    func room(_ extra: Int) -> UnsafeMutablePointer<Element> {
        reserve(extra)
        return base + count
    }

    /// Counts `values` more written where ``room(_:)`` pointed.
    @inline(__always)
    func advance(_ values: Int) { count += values }

    @inline(__always)
    func append(_ value: Element) {
        reserve(1)
        (base + count).initialize(to: value)
        count += 1
    }

    @inline(__always)
    func append(contentsOf values: UnsafeBufferPointer<Element>) {
        guard let source = values.baseAddress, !values.isEmpty else { return }
        let added = values.count
        // The destination is held in a local: a store through the pointer may alias this object's fields, so
        // reading them in the loop would load them again after every value.
        Self.copy(source, to: room(added), count: added)
        count += added
    }

    /// Copies `count` values. The stretches between the letters of decomposed text are short: a loop up to 16,
    /// not a call to memmove.
    @inline(__always)
    static func copy(_ source: UnsafePointer<Element>, to destination: UnsafeMutablePointer<Element>, count: Int) {
        if count <= 16 {
            for offset in 0..<count { (destination + offset).initialize(to: source[offset]) }
        } else {
            destination.initialize(from: source, count: count)
        }
    }

    /// For a writer outside Swift: the storage after making room for `extra` more values, and how many values fit
    /// in it. The writer reports what it wrote with ``setCount(_:)``.
    @inline(__always)
    func storage(reserving extra: Int) -> (base: UnsafeMutablePointer<Element>, capacity: Int) {
        reserve(extra)
        return (base, capacity)
    }

    /// Sets the number of values written, after a writer outside Swift wrote them into ``storage(reserving:)``.
    @inline(__always)
    func setCount(_ newCount: Int) {
        precondition(newCount >= count && newCount <= capacity, "GrowableBuffer: count out of range")
        count = newCount
    }

    /// The last value written; `count` must be above 0.
    @inline(__always)
    var last: Element {
        get { base[count - 1] }
        set { base[count - 1] = newValue }
    }

    /// The values written, as an array (one copy).
    var array: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
