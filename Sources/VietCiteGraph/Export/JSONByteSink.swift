@_spi(Stages) import VietCite

/// What the JSON escaper writes to: the caller's `[UInt8]` (``Escaping/appendJSON(_:to:)``), or the buffer a
/// ``JSONObject`` writes its record into (`GrowableBuffer`, shared with the normalizer).
protocol JSONByteSink {
    mutating func append(_ byte: UInt8)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: JSONByteSink where Element == UInt8 {}

extension GrowableBuffer: JSONByteSink where Element == UInt8 {}
