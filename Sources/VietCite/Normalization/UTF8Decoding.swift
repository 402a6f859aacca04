/// Decoding one scalar from raw bytes, with the "maximal subpart" rule for ill-formed sequences
/// (Unicode §3.9, as WHATWG and ICU do it): each maximal ill-formed subsequence counts as one error.
enum UTF8Decoding {
    /// The marker for an ill-formed sequence.
    static let invalid: UInt32 = 0xFFFF_FFFF

    /// Decodes the scalar starting at `index` (which must be < `count`).
    /// - Returns: the scalar (or ``invalid``) and the number of bytes consumed (≥ 1).
    @inline(__always)
    static func decode(_ p: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> (scalar: UInt32, length: Int) {
        let b0 = p[index]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        // Vietnamese letters are two bytes (`ă`, `đ`, `ơ`) or three with the lead E1 (`ế`): straight-line paths
        // for those two shapes when their continuation bytes are there; the same answers as the general loop.
        if b0 &- 0xC2 <= 0xDF - 0xC2 && index + 1 < count {
            let b1 = p[index + 1]
            if b1 & 0xC0 == 0x80 { return (UInt32(b0 & 0x1F) << 6 | UInt32(b1 & 0x3F), 2) }
        } else if b0 &- 0xE1 <= 0xEC - 0xE1 && index + 2 < count {
            let b1 = p[index + 1]
            let b2 = p[index + 2]
            if b1 & 0xC0 == 0x80 && b2 & 0xC0 == 0x80 {
                return (UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F), 3)
            }
        }
        let needed: Int
        var lowerBound: UInt8 = 0x80
        var upperBound: UInt8 = 0xBF
        var scalar: UInt32
        switch b0 {
        case 0xC2...0xDF: needed = 1; scalar = UInt32(b0 & 0x1F)
        case 0xE0: needed = 2; lowerBound = 0xA0; scalar = UInt32(b0 & 0x0F)
        case 0xE1...0xEC, 0xEE...0xEF: needed = 2; scalar = UInt32(b0 & 0x0F)
        case 0xED: needed = 2; upperBound = 0x9F; scalar = UInt32(b0 & 0x0F)
        case 0xF0: needed = 3; lowerBound = 0x90; scalar = UInt32(b0 & 0x07)
        case 0xF1...0xF3: needed = 3; scalar = UInt32(b0 & 0x07)
        case 0xF4: needed = 3; upperBound = 0x8F; scalar = UInt32(b0 & 0x07)
        default: return (invalid, 1)
        }
        var offset = 1
        while offset <= needed {
            guard index + offset < count else { return (invalid, offset) }
            let byte = p[index + offset]
            guard byte >= lowerBound && byte <= upperBound else { return (invalid, offset) }
            scalar = (scalar << 6) | UInt32(byte & 0x3F)
            lowerBound = 0x80
            upperBound = 0xBF
            offset += 1
        }
        return (scalar, offset)
    }

    /// The start of the scalar that ends just before `index` (at most 3 bytes back), or `index - 1`.
    @inline(__always)
    static func previousStart(_ p: UnsafePointer<UInt8>, _ index: Int, lowerLimit: Int) -> Int {
        var start = index - 1
        while start > lowerLimit && start > index - 4 && p[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// The UTF-8 encoding of a scalar: its bytes in order from the lowest byte of `packed` up, and how many.
    @inline(__always)
    static func encode(_ scalar: UInt32) -> (packed: UInt32, count: Int) {
        switch scalar {
        case 0..<0x80:
            return (scalar, 1)
        case 0x80..<0x800:
            return ((0xC0 | scalar >> 6) | (0x80 | scalar & 0x3F) << 8, 2)
        case 0x800..<0x10000:
            return ((0xE0 | scalar >> 12) | (0x80 | scalar >> 6 & 0x3F) << 8 | (0x80 | scalar & 0x3F) << 16, 3)
        default:
            return ((0xF0 | scalar >> 18) | (0x80 | scalar >> 12 & 0x3F) << 8 | (0x80 | scalar >> 6 & 0x3F) << 16
                        | (0x80 | scalar & 0x3F) << 24, 4)
        }
    }

    /// Appends the UTF-8 encoding of a scalar.
    @inline(__always)
    static func append(_ scalar: UInt32, to output: inout [UInt8]) {
        let (packed, count) = encode(scalar)
        for index in 0..<count { output.append(UInt8(truncatingIfNeeded: packed >> (8 * index))) }
    }
}
