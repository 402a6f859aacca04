/// A growable run of plain values: the normalizer's output bytes and offset-map segments, and the bytes of the
/// graph's JSON records (`VietCiteGraph`'s `JSONObject`).
///
/// Decomposed text makes several small writes per letter (the stretch before it, the letter's bytes, two map
/// segments), and a JSON record one per field; `Array` checks uniqueness and capacity on each and copies through
/// a generic path, this buffer checks only capacity. It is a class so that the writers holding it write through one
/// reference; ``array`` copies the contents out once at the end.
@_spi(Stages) public final class GrowableBuffer<Element: BitwiseCopyable> {
    // Visible to the inlinable writers, so the compiler cannot prove their accesses never overlap and would check
    // each at run time (`swift_beginAccess`, a hundred instructions a write); no access here overlaps another.
    @usableFromInline @exclusivity(unchecked) var base: UnsafeMutablePointer<Element>
    @usableFromInline @exclusivity(unchecked) var capacity: Int
    /// The number of values written (``count``; a stored property the inlinable writers may set).
    @usableFromInline @exclusivity(unchecked) var written = 0
    /// The number of values written.
    public var count: Int { written }

    /// An empty buffer with room for `capacity` values (at least 16).
    public init(capacity: Int = 16) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Room for `extra` more values.
    @inlinable @inline(__always)
    public func reserve(_ extra: Int) {
        if written + extra > capacity { grow(to: written + extra) }
    }

    @usableFromInline @inline(never)
    func grow(to minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: written)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Where the next `extra` values go; ``advance(_:)`` then counts those written there.
    @inlinable @inline(__always)
    public func room(_ extra: Int) -> UnsafeMutablePointer<Element> {
        reserve(extra)
        return base + written
    }

    /// Counts `values` more written where ``room(_:)`` pointed.
    @inlinable @inline(__always)
    public func advance(_ values: Int) { written += values }

    @inlinable @inline(__always)
    public func append(_ value: Element) {
        reserve(1)
        (base + written).initialize(to: value)
        written += 1
    }

    @inlinable @inline(__always)
    public func append(contentsOf values: UnsafeBufferPointer<Element>) {
        guard let source = values.baseAddress, !values.isEmpty else { return }
        let added = values.count
        // The destination and the count are held in locals: a store through the pointer may alias this object's
        // fields, so reading them in the loop would load them again after every value.
        let destination = room(added)
        if added <= 16 {
            // The stretches between the letters of decomposed text are short: a loop, not a call to memmove.
            for offset in 0..<added { (destination + offset).initialize(to: source[offset]) }
        } else {
            destination.initialize(from: source, count: added)
        }
        written += added
    }

    /// The last value written; `count` must be above 0.
    @inline(__always)
    var last: Element {
        get { base[written - 1] }
        set { base[written - 1] = newValue }
    }

    /// The values written, in place (valid until the next write).
    @inlinable
    public var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: written) }

    /// The values written, as an array (one copy).
    var array: [Element] { Array(UnsafeBufferPointer(start: base, count: written)) }
}

extension GrowableBuffer where Element == UInt8 {
    /// Appends the first `length` (1 to 4) bytes of `packed`, lowest first (``UTF8Decoding/encode(_:)``): one
    /// four-byte store, then the count moves by `length`.
    @inline(__always)
    func appendPacked(_ packed: UInt32, length: Int) {
        UnsafeMutableRawPointer(room(4)).storeBytes(of: packed.littleEndian, as: UInt32.self)
        written += length
    }
}
