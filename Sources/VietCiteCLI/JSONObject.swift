import VietCiteGraph

/// A JSON object written field by field into a byte buffer: `{"key":value,…}`.
struct JSONObject {
    private var bytes: [UInt8]
    private var empty = true

    /// Opens an object at the end of `buffer`, taking the buffer over (``close()`` gives it back).
    init(taking buffer: inout [UInt8]) {
        bytes = []
        swap(&bytes, &buffer)
        bytes.append(0x7B)
    }

    private mutating func key(_ name: StaticString) {
        if !empty { bytes.append(0x2C) }
        empty = false
        bytes.append(0x22)
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22)
        bytes.append(0x3A)
    }

    /// A string field; a nil value writes `null` when `orNull`, else nothing.
    mutating func string(_ name: StaticString, _ value: String?, orNull: Bool = false) {
        guard let value else {
            if orNull { raw(name, "null") }
            return
        }
        key(name)
        Escaping.appendJSON(value, to: &bytes)
    }

    /// A non-negative integer field (offsets, years), digits written directly.
    mutating func number(_ name: StaticString, _ value: Int) {
        key(name)
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

    mutating func strings(_ name: StaticString, _ values: [String]) {
        key(name)
        bytes.append(0x5B)
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            Escaping.appendJSON(value, to: &bytes)
        }
        bytes.append(0x5D)
    }

    /// A field whose value is already JSON.
    mutating func raw(_ name: StaticString, _ json: String) {
        key(name)
        bytes.append(contentsOf: json.utf8)
    }

    consuming func close() -> [UInt8] {
        bytes.append(0x7D)
        return bytes
    }
}
