internal import CVietCiteScan

/// The clean-text fast path: eight bytes at a time in one 64-bit word (SWAR), no decoding and no branch per byte.
///
/// A word is clean when every byte is ASCII, a continuation byte exactly where one is expected, or the lead of
/// a letter that is always kept: leads `C3`–`C8` (U+00C0–U+023F, where Vietnamese has `à`…`ý`, `ă`, `đ`, `ĩ`,
/// `ũ`, `ơ`, `ư`) and `E1` followed by `B8`–`BB` (U+1E00–U+1EFF, the rest of Vietnamese), except the pairs the
/// normalizer does change there (`Ð`/`ð` = `C3 90`/`C3 B0`, `Ɖ` = `C6 89`, `Ǎ`/`ǎ` = `C7 8D`/`C7 8E`), and the
/// punctuation `E2 80 96`–`A7` (U+2016–U+2027: curly quotes, bullet, ellipsis, the commonest non-letters of Vietnamese
/// pages). Anything else (NBSP, combining marks, Cyrillic, the spaces and dashes of `E2`, other scripts, invalid or
/// truncated sequences) ends the fast path at its word, and the byte loop of ``NormalizationPass/run()`` takes over.
///
/// Lanes: byte *k* of the word is bits 8*k*…8*k*+7 (little endian); masks keep one bit per lane, bit 7.
///
/// Where the CPU has SSE2, `vietcite_scan_clean` (`Sources/CVietCiteScan`) applies the same test to sixteen bytes
/// at a time first (Swift's generic `SIMD` comparisons compile to lane-by-lane loops here); the eight-byte
/// path below finishes what it leaves, and is the whole fast path elsewhere.
extension NormalizationPass {
    private static let hasVectors = vietcite_scan_has_vectors() != 0

    private static let high: UInt64 = 0x8080_8080_8080_8080
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The index of the first word at or after `index` that is not clean, moved back to a scalar boundary.
    /// `index` must be at a scalar boundary and at least 2 (the check reads the two bytes before a word).
    @inline(__always)
    static func skipCleanBlocks(_ p: UnsafePointer<UInt8>, from index: Int, _ count: Int) -> Int {
        let start = index
        var index = index
        if hasVectors {
            index = vietcite_scan_clean(p, start, count)
            // A whole block was left after it: the vector scan stopped at the first byte that is not clean, and the
            // eight-byte path would only fail there again.
            if index + 16 <= count { return backToScalar(index, start: start, p) }
        }
        while index + 8 <= count {
            let word = UnsafeRawPointer(p + index).loadUnaligned(as: UInt64.self)
            // All ASCII, and no lead at the end of the previous word waiting for a continuation.
            if word & high == 0 && (index == start || p[index - 1] < 0xC0 && p[index - 2] < 0xE0) {
                index += 8
                continue
            }
            let previous = UnsafeRawPointer(p + index - 1).loadUnaligned(as: UInt64.self)
            let beforePrevious = UnsafeRawPointer(p + index - 2).loadUnaligned(as: UInt64.self)
            let bit7 = word & high
            let bit6 = (word << 1) & high
            let continuation = bit7 & ~bit6
            // A continuation byte is expected after a lead (11xxxxxx) and two after a three-byte lead (111xxxxx).
            // `start` is a scalar boundary: what stands before it (perhaps an invalid lead already replaced)
            // expects nothing of the first word.
            let first = index == start
            let expected = (previous & (previous << 1) & high & (first ? ~0x80 : ~0))
                | (beforePrevious & (beforePrevious << 1) & (beforePrevious << 2) & high & (first ? ~0x8080 : ~0))
            // Leads C3…C8: 110xxxxx with the low five bits in 3…8.
            let lowFive = word & 0x1F1F_1F1F_1F1F_1F1F
            let atLeast3 = (lowFive &+ 0x7D7D_7D7D_7D7D_7D7D) & high
            let atMost8 = ~(lowFive &+ 0x7777_7777_7777_7777) & high
            let twoByteLead = bit7 & bit6 & ~((word << 2) & high) & atLeast3 & atMost8
            let threeByteLead = lanesEqual(word, 0xE1) | lanesEqual(word, 0xE2)
            let known = ~bit7 & high | continuation | twoByteLead | threeByteLead
            // E2 80 96…A7: the low six bits of the third byte in 0x16…0x27 (where it is not a continuation byte,
            // `continuation == expected` fails the word anyway).
            let lowSix = word & 0x3F3F_3F3F_3F3F_3F3F
            let keptPunctuation = lanesEqual(previous, 0x80) & (lowSix &+ 0x6A6A_6A6A_6A6A_6A6A)
                & ~(lowSix &+ 0x5858_5858_5858_5858) & high
            let changed = lanesEqual(previous, 0xE1) & ~lanesEqual(word & 0xFCFC_FCFC_FCFC_FCFC, 0xB8)
                | lanesEqual(beforePrevious, 0xE2) & ~keptPunctuation
                | lanesEqual(previous, 0xC3) & lanesEqual(word & 0xDFDF_DFDF_DFDF_DFDF, 0x90)
                | lanesEqual(previous, 0xC6) & lanesEqual(word, 0x89)
                | lanesEqual(previous, 0xC7) & (lanesEqual(word, 0x8D) | lanesEqual(word, 0x8E))
            guard known == high, continuation == expected, changed == 0 else { break }
            index += 8
        }
        return backToScalar(index, start: start, p)
    }

    /// The last two bytes passed may be a lead whose continuations were never seen (the next bytes were not clean, or
    /// the input ends): the byte loop is handed the scalar that holds them, from its first byte (never before
    /// `start`, where a stray continuation byte of invalid input may stand).
    @inline(__always)
    private static func backToScalar(_ index: Int, start: Int, _ p: UnsafePointer<UInt8>) -> Int {
        guard index > start else { return index }
        var index = max(start, index - 2)
        while index > start && p[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }

    /// Bit 7 of each lane set where the lane equals `byte`, exactly (no borrow between lanes).
    @inline(__always)
    private static func lanesEqual(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return ~(((difference & low7) &+ low7) | difference) & high
    }
}
