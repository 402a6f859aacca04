internal import CVietCiteScan

/// A JSON object written field by field into a byte buffer, `{"key":value,…}`: the writer behind the graph's
/// `json` and `jsonl` exports and the CLI's citation records. No `String` is built per field.
///
/// ```swift
/// var buffer: [UInt8] = []
/// var object = JSONObject(taking: &buffer)
/// object.string("symbol", "16/CT-TTg")
/// object.number("start", 120)
/// object.close(into: &buffer)   // {"symbol":"16/CT-TTg","start":120}
/// ```
public struct JSONObject {
    /// The buffer: the object's bytes up to `length`, then spare bytes (zeros) the fields are written into in place,
    /// without an array append per field (an append cost about a hundred instructions, a record has twenty keys).
    private var bytes: [UInt8]
    private var length: Int
    private var empty = true

    /// Spare bytes added at a time. They are written as zeros, not copied from a shared array: threads rendering
    /// at once would each retain that one array, and its reference count bounced between their caches.
    @inline(__always)
    private static func addSpare(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: repeatElement(0, count: 512))
    }

    /// Opens an object at the end of `buffer`, taking the buffer over (``close(into:)`` gives it back).
    public init(taking buffer: inout [UInt8]) {
        bytes = []
        swap(&bytes, &buffer)
        length = bytes.count
        Self.addSpare(to: &bytes)
        bytes[length] = 0x7B
        length += 1
    }

    /// Writes `count` bytes through `body` at the end of the object, with room for them made first.
    @inline(__always)
    private mutating func write(_ count: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Void) {
        while length + count > bytes.count { Self.addSpare(to: &bytes) }
        let start = length
        bytes.withUnsafeMutableBufferPointer { buffer in body(buffer.baseAddress! + start) }
        length += count
    }

    /// The object's bytes alone, for a writer that appends to the array itself (``Escaping/appendJSON(_:to:)``);
    /// ``reopen()`` takes the spare bytes back.
    private mutating func trim() {
        bytes.removeLast(bytes.count - length)
    }

    private mutating func reopen() {
        length = bytes.count
        Self.addSpare(to: &bytes)
    }

    /// `,"name":` (no comma before the first key).
    private mutating func key(_ name: StaticString) {
        keyAndQuotedValue(name, nil)
    }

    /// `,"name":` and, when `value` is given, `"value"` after it (bytes that need no escape).
    private mutating func keyAndQuotedValue(_ name: StaticString, _ value: UnsafeBufferPointer<UInt8>?) {
        let count = name.utf8CodeUnitCount
        let valueCount = value.map { $0.count + 2 } ?? 0
        let comma = empty ? 0 : 1
        empty = false
        write(count + 3 + comma + valueCount) { out in
            var base = out
            if comma == 1 {
                base[0] = 0x2C
                base += 1
            }
            base[0] = 0x22
            (base + 1).update(from: name.utf8Start, count: count)
            base[count + 1] = 0x22
            base[count + 2] = 0x3A
            if let value {
                base[count + 3] = 0x22
                if let first = value.baseAddress { (base + count + 4).update(from: first, count: value.count) }
                base[count + 2 + valueCount] = 0x22
            }
        }
    }

    /// Bytes written as they are.
    private mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let first = source.baseAddress else { return }
        write(source.count) { $0.update(from: first, count: source.count) }
    }

    /// A string field; a nil value writes `null` when `orNull`, else nothing.
    public mutating func string(_ name: StaticString, _ value: String?, orNull: Bool = false) {
        guard let value else {
            if orNull { raw(name, "null") }
            return
        }
        // Read in place where the string is contiguous: a copy for `withUTF8` retained it, and threads rendering at
        // once share the strings of a graph.
        if value.utf8.withContiguousStorageIfAvailable({ quoted(name, $0) }) != nil { return }
        var copy = value
        copy.withUTF8 { quoted(name, $0) }
    }

    /// A string field from UTF-8 bytes (a citation's text as it stands in the source), copied without a `String`
    /// when they are well-formed and decoded with U+FFFD for each ill-formed sequence when not; a nil value writes
    /// `null` when `orNull`, else nothing.
    ///
    /// `known` says the bytes are well-formed already (a citation's issuer or name, read from normalized text): they
    /// are not checked again.
    public mutating func string(_ name: StaticString, utf8 value: ArraySlice<UInt8>?, wellFormed known: Bool = false,
                                orNull: Bool = false) {
        guard let value else {
            if orNull { raw(name, "null") }
            return
        }
        let wellFormed = value.withUnsafeBufferPointer { utf8 in
            guard known || utf8.baseAddress.map({ vietcite_utf8_is_well_formed($0, utf8.count) != 0 }) ?? true else {
                return false
            }
            quoted(name, utf8)
            return true
        }
        if !wellFormed { string(name, String(decoding: value, as: UTF8.self)) }
    }

    /// `,"name":"value"` for well-formed UTF-8, escaped where JSON needs it.
    private mutating func quoted(_ name: StaticString, _ utf8: UnsafeBufferPointer<UInt8>) {
        // Most values are short and need no escape: key and value go in as one piece.
        if utf8.count <= 256 {
            guard let first = utf8.baseAddress else { return keyAndQuotedValue(name, utf8) }
            if vietcite_json_plain_run(first, utf8.count) == utf8.count { return keyAndQuotedValue(name, utf8) }
        }
        key(name)
        trim()
        Escaping.appendJSON(utf8: utf8, to: &bytes)
        reopen()
    }

    /// An integer field (offsets, years, counts), digits written directly.
    public mutating func number(_ name: StaticString, _ value: Int) {
        key(name)
        guard let (digits, count) = Self.packedDigits(value) else {
            trim()
            bytes.append(contentsOf: String(value).utf8)
            return reopen()
        }
        write(count) { out in
            var digits = digits
            for index in 0..<count {
                out[index] = UInt8(truncatingIfNeeded: digits)
                digits >>= 8
            }
        }
    }

    /// An integer field, or `null`.
    public mutating func number(_ name: StaticString, _ value: Int?) {
        guard let value else { return raw(name, "null") }
        number(name, value)
    }

    /// A `true` or `false` field.
    public mutating func bool(_ name: StaticString, _ value: Bool) {
        raw(name, value ? "true" : "false")
    }

    /// An array of strings.
    public mutating func strings(_ name: StaticString, _ values: [String]) {
        key(name)
        trim()
        bytes.append(0x5B)
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            Escaping.appendJSON(value, to: &bytes)
        }
        bytes.append(0x5D)
        reopen()
    }

    /// An array of objects, each written by `body` into the same buffer.
    public mutating func objects<Item>(_ name: StaticString, _ items: [Item],
                                       _ body: (inout JSONObject, Item) -> Void) {
        key(name)
        trim()
        bytes.append(0x5B)
        // Read in place: copying each item out retained its strings, which threads rendering at once share.
        items.withUnsafeBufferPointer { items in
            for index in items.indices {
                if index > 0 { bytes.append(0x2C) }
                var object = JSONObject(taking: &bytes)
                body(&object, items[index])
                object.close(into: &bytes)
            }
        }
        bytes.append(0x5D)
        reopen()
    }

    /// A field whose value is already JSON.
    public mutating func raw(_ name: StaticString, _ json: String) {
        key(name)
        var json = json
        json.withUTF8 { append($0) }
    }

    /// Closes the object and gives the buffer back to `buffer` (swapped, never copied: a returned array was
    /// copied whole for each object once the buffer held a batch of records).
    public mutating func close(into buffer: inout [UInt8]) {
        write(1) { $0[0] = 0x7D }
        trim()
        swap(&bytes, &buffer)
    }

    /// The decimal digits of `value` packed one per byte, the first in the lowest, and how many: nil for values of
    /// more than eight digits or below 1 (written through a `String`).
    static func packedDigits(_ value: Int) -> (digits: UInt64, count: Int)? {
        guard value > 0 else { return nil }
        var digits: UInt64 = 0
        var count = 0
        var rest = UInt64(value)
        while rest > 0 && count < 8 {
            digits = digits << 8 | (0x30 + rest % 10)
            rest /= 10
            count += 1
        }
        return rest == 0 ? (digits, count) : nil
    }
}
