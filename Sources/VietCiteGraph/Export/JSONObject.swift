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
    private var bytes: [UInt8]
    private var empty = true

    /// Opens an object at the end of `buffer`, taking the buffer over (``close(into:)`` gives it back).
    public init(taking buffer: inout [UInt8]) {
        bytes = []
        swap(&bytes, &buffer)
        bytes.append(0x7B)
    }

    /// `,"name":` (no comma before the first key), appended in one piece: each single-byte append checks the
    /// array's uniqueness and capacity again, and a record has twenty keys.
    private mutating func key(_ name: StaticString) {
        keyAndQuotedValue(name, nil)
    }

    /// `,"name":` and, when `value` is given, `"value"` after it (bytes that need no escape), in one piece.
    private mutating func keyAndQuotedValue(_ name: StaticString, _ value: UnsafeBufferPointer<UInt8>?) {
        let count = name.utf8CodeUnitCount
        let valueCount = value.map { $0.count + 2 } ?? 0
        let comma = empty ? 0 : 1
        empty = false
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count + 4 + valueCount) { piece in
            let base = piece.baseAddress!
            base[0] = 0x2C
            base[1] = 0x22
            name.withUTF8Buffer { source in
                if let first = source.baseAddress { (base + 2).update(from: first, count: count) }
            }
            base[count + 2] = 0x22
            base[count + 3] = 0x3A
            if let value {
                base[count + 4] = 0x22
                if let first = value.baseAddress { (base + count + 5).update(from: first, count: value.count) }
                base[count + 3 + valueCount] = 0x22
            }
            let written = count + 3 + comma + valueCount
            bytes.append(contentsOf: UnsafeBufferPointer(start: base + 1 - comma, count: written))
        }
    }

    /// A string field; a nil value writes `null` when `orNull`, else nothing.
    public mutating func string(_ name: StaticString, _ value: String?, orNull: Bool = false) {
        guard var value else {
            if orNull { raw(name, "null") }
            return
        }
        // Most values are short and need no escape: key and value go in as one piece.
        let wholeInOnePiece = value.withUTF8 { utf8 in
            guard utf8.count <= 256 else { return false }
            guard let first = utf8.baseAddress else {
                keyAndQuotedValue(name, utf8)
                return true
            }
            guard vietcite_json_plain_run(first, utf8.count) == utf8.count else { return false }
            keyAndQuotedValue(name, utf8)
            return true
        }
        if wholeInOnePiece { return }
        key(name)
        Escaping.appendJSON(value, to: &bytes)
    }

    /// An integer field (offsets, years, counts), digits written directly.
    public mutating func number(_ name: StaticString, _ value: Int) {
        key(name)
        Self.appendDigits(value, to: &bytes)
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
        bytes.append(0x5B)
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            Escaping.appendJSON(value, to: &bytes)
        }
        bytes.append(0x5D)
    }

    /// An array of objects, each written by `body` into the same buffer.
    public mutating func objects<Item>(_ name: StaticString, _ items: [Item],
                                       _ body: (inout JSONObject, Item) -> Void) {
        key(name)
        bytes.append(0x5B)
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            var object = JSONObject(taking: &bytes)
            body(&object, item)
            object.close(into: &bytes)
        }
        bytes.append(0x5D)
    }

    /// A field whose value is already JSON.
    public mutating func raw(_ name: StaticString, _ json: String) {
        key(name)
        bytes.append(contentsOf: json.utf8)
    }

    /// Closes the object and gives the buffer back to `buffer` (swapped, never copied: a returned array was
    /// copied whole for each object once the buffer held a batch of records).
    public mutating func close(into buffer: inout [UInt8]) {
        bytes.append(0x7D)
        swap(&bytes, &buffer)
    }

    /// The decimal digits of `value`, written without a `String` for values up to eight digits.
    static func appendDigits(_ value: Int, to bytes: inout [UInt8]) {
        guard value > 0 else {
            bytes.append(contentsOf: String(value).utf8)
            return
        }
        var digits: (UInt64, Int) = (0, 0)
        var rest = UInt64(value)
        while rest > 0 && digits.1 < 8 {
            digits.0 = digits.0 << 8 | (0x30 + rest % 10)
            rest /= 10
            digits.1 += 1
        }
        guard rest == 0 else {
            bytes.append(contentsOf: String(value).utf8)
            return
        }
        for _ in 0..<digits.1 {
            bytes.append(UInt8(truncatingIfNeeded: digits.0))
            digits.0 >>= 8
        }
    }
}
