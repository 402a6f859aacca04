internal import CVietCiteScan

/// A citation record written into memory reserved for it whole: raw stores, with no capacity check or array call per
/// field. The caller reserves room for the record first: six bytes for each byte of its strings (`\u00XX`, an
/// escape's longest), two quotes for each string and a comma for each list member, and ``fixedRoom``.
struct RecordBytes {
    private let base: UnsafeMutablePointer<UInt8>
    /// The bytes written so far.
    private(set) var count = 0

    /// Room for every key of a record with its punctuation, its three numbers, `null`s and booleans, and the
    /// brackets of its lists (under 400 bytes in the longest record).
    static let fixedRoom = 512

    init(_ base: UnsafeMutablePointer<UInt8>) { self.base = base }

    /// Bytes written as they are: a key with its punctuation (`,"type":`), `null`, `true`, JSON made elsewhere.
    mutating func raw(_ text: StaticString) {
        (base + count).update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        count += text.utf8CodeUnitCount
    }

    /// JSON written elsewhere, copied as it is (named apart from ``raw(_:)``, which a string literal would otherwise
    /// call through a `String`).
    mutating func json(_ json: String) {
        var json = json
        json.withUTF8 { bytes in
            guard let first = bytes.baseAddress else { return }
            (base + count).update(from: first, count: bytes.count)
            count += bytes.count
        }
    }

    /// A string literal of well-formed UTF-8, escaped where JSON needs it.
    mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let first = utf8.baseAddress else {
            raw("\"\"")
            return
        }
        count += vietcite_json_write_string(base + count, first, utf8.count)
    }

    /// A string literal.
    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { string($0) }
    }

    /// `["a","b"]`.
    mutating func strings(_ values: [String]) {
        raw("[")
        for (index, value) in values.enumerated() {
            if index > 0 { raw(",") }
            string(value)
        }
        raw("]")
    }

    /// An integer in decimal digits.
    mutating func number(_ value: Int) {
        if value < 0 { raw("-") }
        var rest = value.magnitude
        var digits = 1
        var probe = rest
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        var position = count + digits
        repeat {
            position -= 1
            base[position] = 0x30 + UInt8(rest % 10)
            rest /= 10
        } while rest > 0
        count += digits
    }
}
