/// A fixed table keyed by packed words or codes (``Matcher/wordKey(_:)``, the code keys of
/// ``Vocabulary/plainCodes``): open addressing with one multiplication as the hash, built once.
///
/// The matcher looks words up around every mention; the standard `Dictionary` and `Set` hash each `UInt64` with
/// SipHash (about ninety instructions a look-up), this table with one multiplication and usually one probe.
/// Key 0 (what ``Matcher/wordKey(_:)`` gives a word that is no key) is never stored and never found.
struct WordKeyTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value?]
    private let shift: UInt64

    /// A table of `pairs` (a later pair replaces an earlier one with the same key; key 0 is skipped).
    init(_ pairs: some Sequence<(UInt64, Value)>) {
        let pairs = Array(pairs)
        var bits: UInt64 = 4
        while (1 << bits) < pairs.count * 4 { bits += 1 }
        let size = 1 << Int(bits)
        var keys = [UInt64](repeating: 0, count: size)
        var values = [Value?](repeating: nil, count: size)
        shift = 64 - bits
        for (key, value) in pairs where key != 0 {
            var slot = Self.slot(key, shift)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored under `key`, or nil.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        guard key != 0 else { return nil }
        return keys.withUnsafeBufferPointer { keys in
            let mask = keys.count - 1
            var slot = Self.slot(key, shift)
            while true {
                let stored = keys[slot]
                if stored == key { return values[slot] }
                if stored == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The table's key slots (0 in an empty one) and the shift that finds a key's first slot, for a C scan that
    /// looks words up itself (`vietcite_next_keyed_word`).
    @inline(__always)
    func withKeySlots<Result>(_ body: (UnsafeBufferPointer<UInt64>, UInt32) -> Result) -> Result {
        keys.withUnsafeBufferPointer { body($0, UInt32(shift)) }
    }

    /// True when `key` is stored.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { self[key] != nil }
}

extension WordKeyTable where Value == Bool {
    /// A set of keys.
    init(keys: some Sequence<UInt64>) {
        self.init(keys.map { ($0, true) })
    }
}
