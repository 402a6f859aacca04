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

    mutating func number(_ name: StaticString, _ value: Int) {
        key(name)
        bytes.append(contentsOf: String(value).utf8)
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
