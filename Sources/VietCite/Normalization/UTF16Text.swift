internal import CVietCiteScan

/// Documents saved as UTF-16 (Word's and Notepad's "Unicode text", `FF FE` then two bytes per character) read as the
/// text they hold.
///
/// Archives of Windows-era documents hold such files next to UTF-8 and legacy-encoded ones. Read as UTF-8, every
/// ASCII letter is followed by a NUL and every Vietnamese letter is two ill-formed bytes (`ị` is `CB 1E`), so not
/// one citation would be found. A text is taken as UTF-16 when it opens with a byte-order mark (`FF FE` little
/// endian, `FE FF` big endian), or, without one, when its first 64 KB have a NUL in at least a quarter of the code
/// units' high bytes and almost none in their low bytes (which UTF-8 text with stray NULs never has).
///
/// Each decoded character is an edit of the offset map (two or four source bytes for its UTF-8 bytes), so spans point
/// into the original bytes. An unpaired surrogate and an odd last byte decode to U+FFFD.
/// - Complexity: O(*n*); a text that is not UTF-16 costs a look at its first two bytes and a search for a NUL in
///   its first 512.
enum UTF16Text {
    /// The order of the two bytes of a code unit.
    enum ByteOrder: Sendable {
        /// Low byte first (`FF FE`): what Windows writes.
        case littleEndian
        /// High byte first (`FE FF`).
        case bigEndian
    }

    /// The byte order of a text in UTF-16, or nil when it is not UTF-16.
    static func byteOrder(of bytes: UnsafeBufferPointer<UInt8>) -> ByteOrder? {
        guard bytes.count >= 2 else { return nil }
        if bytes[0] == 0xFF && bytes[1] == 0xFE { return .littleEndian }
        if bytes[0] == 0xFE && bytes[1] == 0xFF { return .bigEndian }
        // Without a mark: text in UTF-16 has a NUL in nearly every ASCII character; UTF-8 text has none, nearly always.
        let headEnd = min(bytes.count, 512)
        guard vietcite_find_byte(bytes.baseAddress!, 0, headEnd, 0) < headEnd else { return nil }
        let units = min(bytes.count, 1 << 16) / 2
        guard units >= 8 else { return nil }
        var evenNULs = 0
        var oddNULs = 0
        for unit in 0..<units {
            if bytes[2 * unit] == 0 { evenNULs += 1 }
            if bytes[2 * unit + 1] == 0 { oddNULs += 1 }
        }
        if oddNULs * 4 >= units && evenNULs * 100 <= units { return .littleEndian }
        if evenNULs * 4 >= units && oddNULs * 100 <= units { return .bigEndian }
        return nil
    }

    /// The text decoded to UTF-8, with the map from its bytes to the source's, when it is in UTF-16.
    static func decode(_ bytes: [UInt8]) -> NormalizedText? {
        bytes.withUnsafeBufferPointer { source in
            guard let order = byteOrder(of: source) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(source.count / 2 + source.count / 4)
            var builder = OffsetMap.Builder()
            forEachScalar(source, order) { scalar, range in
                let outStart = output.count
                UTF8Decoding.append(scalar, to: &output)
                builder.appendEdit(outStart: outStart, source: range)
            }
            let map = builder.build(outputCount: output.count, sourceCount: source.count)
            return NormalizedText(bytes: output, map: map)
        }
    }

    /// The UTF-8 bytes of a stretch of UTF-16 text (a mention's span, which starts and ends on a character).
    static func utf8(of bytes: UnsafeBufferPointer<UInt8>, _ order: ByteOrder) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 2)
        forEachScalar(bytes, order) { scalar, _ in UTF8Decoding.append(scalar, to: &output) }
        return output
    }

    /// Calls `body` with each scalar of the text and the source bytes it was read from.
    private static func forEachScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ order: ByteOrder,
                                      _ body: (UInt32, Range<Int>) -> Void) {
        let high = order == .littleEndian ? 1 : 0
        func unit(_ index: Int) -> UInt32 { UInt32(bytes[index + high]) << 8 | UInt32(bytes[index + 1 - high]) }
        var index = 0
        while index + 1 < bytes.count {
            let first = unit(index)
            if first & 0xFC00 == 0xD800, index + 3 < bytes.count, case let second = unit(index + 2),
               second & 0xFC00 == 0xDC00 {
                body(0x10000 + ((first & 0x3FF) << 10 | second & 0x3FF), index..<(index + 4))
                index += 4
            } else {
                body(first & 0xF800 == 0xD800 ? 0xFFFD : first, index..<(index + 2))
                index += 2
            }
        }
        if index < bytes.count { body(0xFFFD, index..<bytes.count) }
    }
}
