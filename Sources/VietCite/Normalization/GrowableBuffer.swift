internal import CVietCiteScan

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// A growable run of plain values for the normalizer's output bytes and offset-map segments.
///
/// Decomposed text makes several small writes per letter (the stretch before it, the letter's bytes, its map
/// segment); `Array` checks uniqueness and capacity on each, this buffer only capacity. It is a class so that
/// the passes holding it write through one reference; ``array`` copies the contents out once at the end, and
/// ``freeze()`` hands them over without a copy.
///
/// The storage is `malloc`'s and grows with `realloc`: a large block (a decomposed text's map holds hundreds of
/// megabytes) is moved by remapping its pages, not by copying them into fresh ones, which the kernel would first
/// have to fault in and clear.
final class GrowableBuffer<Element: BitwiseCopyable> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// The number of values written.
    private(set) var count = 0

    /// False while the values are written into storage the buffer adopted (``init(adopting:)``): it is neither
    /// freed nor reallocated here, and growing past it moves the values into storage of the buffer's own.
    private var ownsStorage = true

    init(capacity: Int = 16) {
        self.capacity = max(capacity, 16)
        base = Self.allocate(self.capacity)
    }

    /// A buffer that writes into `storage`, uninitialized memory of the caller's (an array's, which then takes the
    /// values over without a copy: ``isInAdoptedStorage``).
    init(adopting storage: UnsafeMutableBufferPointer<Element>) {
        base = storage.baseAddress!
        capacity = storage.count
        ownsStorage = false
        // Written whole, front to back: faulted in once per 2 MB, not once per 4 KB page.
        vietcite_advise_huge_pages(storage.baseAddress, storage.count * MemoryLayout<Element>.stride)
    }

    deinit {
        if ownsStorage { free(base) }
    }

    /// True while every value written is in the adopted storage, from its start.
    var isInAdoptedStorage: Bool { !ownsStorage }

    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<Element> {
        guard let raw = malloc(capacity * MemoryLayout<Element>.stride) else {
            fatalError("GrowableBuffer: out of memory for \(capacity) values")
        }
        return raw.bindMemory(to: Element.self, capacity: capacity)
    }

    private static func resize(_ base: UnsafeMutablePointer<Element>, to capacity: Int)
        -> UnsafeMutablePointer<Element> {
        guard let raw = realloc(base, capacity * MemoryLayout<Element>.stride) else {
            fatalError("GrowableBuffer: out of memory for \(capacity) values")
        }
        return raw.bindMemory(to: Element.self, capacity: capacity)
    }

    /// Room for `extra` more values.
    @inline(__always)
    func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    @inline(never)
    private func grow(to minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        if ownsStorage {
            base = Self.resize(base, to: newCapacity)
        } else {
            let moved = Self.allocate(newCapacity)
            moved.initialize(from: base, count: count)
            base = moved
            ownsStorage = true
        }
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

    /// The values written, handed over without a copy (the spare capacity is returned to `malloc`); the buffer is
    /// left empty.
    func freeze() -> FrozenBuffer<Element> {
        precondition(ownsStorage, "GrowableBuffer: adopted storage is handed over by its owner")
        let frozen = FrozenBuffer(owning: Self.resize(base, to: max(count, 1)), count: count)
        capacity = 16
        base = Self.allocate(capacity)
        count = 0
        return frozen
    }
}

/// Values a ``GrowableBuffer`` wrote, no longer written: read-only, so it is shared across threads as it is.
final class FrozenBuffer<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    private let base: UnsafeMutablePointer<Element>?
    /// The number of values.
    let count: Int

    /// Takes over `base`, allocated with `malloc`, holding `count` values.
    fileprivate init(owning base: UnsafeMutablePointer<Element>?, count: Int) {
        self.base = base
        self.count = count
    }

    /// No values.
    convenience init() { self.init(owning: nil, count: 0) }

    deinit { free(base) }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    @inline(__always)
    subscript(position: Int) -> Element {
        precondition(position >= 0 && position < count, "FrozenBuffer: index out of range")
        return base.unsafelyUnwrapped[position]
    }
}
