/// Documents typed in a legacy encoding (TCVN3, VNI-Windows, Windows-1258, VISCII) read as Unicode
/// (`vietnamese-text.md` §5), and UTF-8 read as Windows-1252 and saved again (`Nghá»‹ Ä‘á»‹nh`).
///
/// Archives hold such text two ways: the raw bytes (ill-formed as UTF-8: `H\u{AD}ëng` is `48 AD EB 6E 67`), or the
/// Windows-1252 view of those bytes saved as UTF-8 (`H­ëng øng ph¸t ®éng`, `Höôûng öùng phaùt ñoäng`). Both are
/// read here as units of one legacy byte each, decoded under each encoding, and the reading in which the most
/// words parse as Vietnamese syllables wins, when nearly all of them do. The view of UTF-8 is one more reading: its
/// units are the UTF-8 bytes of the text. Text that holds Vietnamese letters of Unicode (`ơ`, `ư`, `đ`, `ạ` …) is
/// never touched, nor text in another language.
///
/// Each decoded letter is an edit of the offset map, so spans point into the original bytes.
/// - Complexity: O(*n*); the test of whether to decode reads at most the first 64 KB, the scoring the first 16 KB.
enum LegacyEncoding {
    enum Encoding: CaseIterable {
        /// `utf8`: UTF-8 viewed as Windows-1252 (a view only: raw UTF-8 is no legacy text).
        case tcvn3, vni, cp1258, viscii, utf8

        /// The letters of single bytes 0x80–0xFF (none of its own in UTF-8).
        var singles: [UInt32] {
            switch self {
            case .tcvn3: LegacyTables.tcvn3
            case .vni: LegacyTables.vniSingle
            case .cp1258: LegacyTables.cp1258Single
            case .viscii: LegacyTables.viscii
            case .utf8: []
            }
        }

        /// The letters of a base byte and a mark byte, for the encodings that write tones so.
        var pairs: [UInt32: UInt32]? {
            switch self {
            case .vni: LegacyTables.vniPairs
            case .cp1258: LegacyTables.cp1258Pairs
            case .tcvn3, .viscii, .utf8: nil
            }
        }
    }

    /// One legacy byte of the text and the source bytes it stands for.
    struct Unit {
        var byte: UInt8
        var source: Range<Int>
    }

    /// The text decoded, with the map from its bytes to the source's, when it is in a legacy encoding.
    static func decode(_ bytes: [UInt8]) -> NormalizedText? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let p = buffer.baseAddress, let form = legacyForm(p, min(buffer.count, 1 << 16)) else { return nil }
            let raw = form == .raw
            // The first 16 KB decide (some hundreds of words); the whole text is then decoded in one streaming pass.
            var best: (encoding: Encoding, score: Double)?
            for encoding in Encoding.allCases where encoding != .utf8 || !raw {
                var scalars: [UInt32] = []
                decode(p, min(buffer.count, 1 << 14), as: encoding, raw: raw) { scalar, _ in scalars.append(scalar) }
                let score = syllableScore(scalars)
                if score.words >= 5, score.share >= 0.8, score.share > best?.score ?? 0 {
                    best = (encoding, score.share)
                }
            }
            guard let best else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(buffer.count + buffer.count / 4)
            var builder = OffsetMap.Builder()
            func put(_ scalar: UInt32, _ source: Range<Int>) {
                let outStart = output.count
                UTF8Decoding.append(scalar, to: &output)
                // A byte that stays itself (ASCII) is an identity; each decoded scalar an edit of its own, so that a
                // later edit of the normalizer (a mark composed onto it) covers whole ones.
                if source.count == 1 && scalar < 0x80 {
                    builder.appendIdentity(outStart: outStart, source: source)
                } else {
                    builder.appendEdit(outStart: outStart, source: source)
                }
            }
            if best.encoding == .tcvn3 {
                var word = CapitalsWord()
                decode(p, buffer.count, as: .tcvn3, raw: raw) { scalar, source in
                    word.add(scalar, source, put)
                }
                word.flush(put)
            } else {
                decode(p, buffer.count, as: best.encoding, raw: raw, put)
            }
            let map = builder.build(outputCount: output.count, sourceCount: buffer.count)
            return NormalizedText(bytes: output, map: map)
        }
    }

    /// How a legacy text is held: its raw bytes, or their Windows-1252 view saved as UTF-8.
    enum Form {
        case raw, view
    }

    /// The form of the first 64 KB when they hold no Vietnamese letter of Unicode beyond Latin-1 (fewer than three)
    /// and at least ten bytes that a legacy encoding would have written: raw when most of those are ill-formed UTF-8,
    /// a view when most are scalars of U+0080–U+00FF; else nil.
    private static func legacyForm(_ p: UnsafePointer<UInt8>, _ end: Int) -> Form? {
        var vietnamese = 0
        var illFormed = 0
        var latin1 = 0
        var index = 0
        while index < end {
            let byte = p[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let (scalar, length) = UTF8Decoding.decode(p, index, end)
            if scalar == UTF8Decoding.invalid {
                illFormed += 1
            } else if scalar <= 0xFF {
                latin1 += 1
            } else if scalar == 0x110 || scalar == 0x111 || VietnameseLetters.letter(scalar) != nil {
                // A vowel letter of the table beyond Latin-1 (`ă`, `ơ`, `ư`, `ĩ`, `ạ` …) or `đ`.
                vietnamese += 1
                if vietnamese >= 3 { return nil }
            }
            index += length
        }
        guard illFormed + latin1 >= 10 else { return nil }
        return illFormed > latin1 ? .raw : .view
    }

    /// The unit at `index`: ASCII as it is; in raw text every byte on its own (two legacy letters may happen to
    /// form UTF-8: VISCII's `ĐỒ` is `D0 90`, which UTF-8 reads as `А`); in a view, an ill-formed UTF-8 byte on its
    /// own, a scalar of U+0080–U+00FF or a Windows-1252 symbol as the byte it was viewed from, and another scalar
    /// kept whole (byte 0).
    private static func unit(_ p: UnsafePointer<UInt8>, _ index: Int, _ count: Int, raw: Bool) -> Unit {
        let byte = p[index]
        if byte < 0x80 || raw { return Unit(byte: byte, source: index..<(index + 1)) }
        let (scalar, length) = UTF8Decoding.decode(p, index, count)
        if scalar == UTF8Decoding.invalid { return Unit(byte: byte, source: index..<(index + 1)) }
        let viewed: UInt8
        if scalar <= 0xFF {
            viewed = UInt8(scalar)
        } else if let symbol = LegacyTables.windows1252.firstIndex(of: scalar) {
            viewed = UInt8(0x80 + symbol)
        } else {
            viewed = 0
        }
        return Unit(byte: viewed, source: index..<(index + length))
    }

    /// Calls `body` with each scalar the first `count` bytes decode to under `encoding`, and its source bytes.
    private static func decode(_ p: UnsafePointer<UInt8>, _ count: Int, as encoding: Encoding, raw: Bool,
                               _ body: (UInt32, Range<Int>) -> Void) {
        guard count > 0 else { return }
        if encoding == .utf8 {
            decodeViewedUTF8(p, count, body)
            return
        }
        let pairs = encoding.pairs
        let singles = encoding.singles
        var current = unit(p, 0, count, raw: raw)
        while true {
            let next = current.source.upperBound < count ? unit(p, current.source.upperBound, count, raw: raw) : nil
            if current.byte == 0 {
                // A scalar no legacy byte was viewed as (`ư` in a mixed text): kept as it is.
                body(UTF8Decoding.decode(p, current.source.lowerBound, count).scalar, current.source)
            } else if let pairs, let mark = next, mark.byte >= 0x80,
                      let letter = pairs[UInt32(current.byte) << 8 | UInt32(mark.byte)] {
                body(letter, current.source.lowerBound..<mark.source.upperBound)
                guard mark.source.upperBound < count else { return }
                current = unit(p, mark.source.upperBound, count, raw: raw)
                continue
            } else {
                body(scalar(of: current, in: singles), current.source)
            }
            guard let next else { return }
            current = next
        }
    }

    /// Calls `body` with each scalar of UTF-8 viewed as Windows-1252: a lead unit and the continuation units after it
    /// are one scalar. A byte Windows-1252 has no symbol for is lost in such a view (`U+FFFD`, or dropped); after
    /// `Ä` (0xC4) it was 0x90, `Đ` (`NÄ�-CP`, `NÄ-CP`: `đ` is 0x91, `‘`). Any other unit stands for itself.
    private static func decodeViewedUTF8(_ p: UnsafePointer<UInt8>, _ count: Int,
                                         _ body: (UInt32, Range<Int>) -> Void) {
        var index = 0
        while index < count {
            let lead = unit(p, index, count, raw: false)
            let length = lead.byte >= 0xF0 ? 4 : lead.byte >= 0xE0 ? 3 : lead.byte >= 0xC2 ? 2 : 1
            var scalar = length == 4 ? UInt32(lead.byte & 0x07) : length == 3 ? UInt32(lead.byte & 0x0F)
                : UInt32(lead.byte & 0x1F)
            var end = lead.source.upperBound
            var complete = length > 1
            for _ in 1..<max(length, 2) where complete {
                guard end < count else {
                    complete = false
                    break
                }
                let next = unit(p, end, count, raw: false)
                if next.byte >= 0x80 && next.byte < 0xC0 {
                    scalar = scalar << 6 | UInt32(next.byte & 0x3F)
                } else if lead.byte == 0xC4 && length == 2 && next.byte == 0
                            && UTF8Decoding.decode(p, end, count).scalar == 0xFFFD {
                    scalar = 0x110
                } else if lead.byte == 0xC4 && length == 2 {
                    // The lost byte dropped: `Đ` is the lead alone.
                    scalar = 0x110
                    break
                } else {
                    complete = false
                    break
                }
                end = next.source.upperBound
            }
            if complete && scalar >= 0x80 && scalar <= 0x10FFFF && !(0xD800...0xDFFF).contains(scalar) {
                body(scalar, lead.source.lowerBound..<end)
            } else {
                // Not UTF-8: the unit as it was written (an ill-formed byte as its Windows-1252 symbol).
                let written = UTF8Decoding.decode(p, index, count).scalar
                body(written == UTF8Decoding.invalid ? symbol(of: lead.byte) : written, lead.source)
                end = lead.source.upperBound
            }
            index = end
        }
    }

    /// One unit on its own: its letter in an encoding's single-byte table, else its Windows-1252 (or Latin-1) meaning.
    private static func scalar(of unit: Unit, in table: [UInt32]) -> UInt32 {
        let byte = unit.byte
        if byte < 0x80 { return UInt32(byte) }
        let letter = table[Int(byte - 0x80)]
        return letter != 0 ? letter : symbol(of: byte)
    }

    /// A byte's Windows-1252 symbol, else its Latin-1 scalar.
    private static func symbol(of byte: UInt8) -> UInt32 {
        if byte >= 0x80 && byte < 0xA0, case let symbol = LegacyTables.windows1252[Int(byte - 0x80)], symbol != 0 {
            return symbol
        }
        return UInt32(byte)
    }

    /// The share of words holding a letter beyond ASCII that parse as Vietnamese syllables, and how many such words.
    static func syllableScore(_ scalars: [UInt32]) -> (share: Double, words: Int) {
        var words = 0
        var good = 0
        var index = 0
        var word: [UInt32] = []
        while index <= scalars.count {
            if index < scalars.count && Syllable.isLetter(scalars[index]) {
                word.append(scalars[index])
            } else {
                if word.contains(where: { $0 >= 0x80 }) {
                    words += 1
                    if word.count <= 7 && Syllable(word.map(lowered)) != nil { good += 1 }
                }
                // A non-letter inside a word of legacy bytes is a misreading; count it against this encoding.
                if index < scalars.count && scalars[index] >= 0x80 && !word.isEmpty { words += 1 }
                word.removeAll(keepingCapacity: true)
            }
            index += 1
        }
        return (words == 0 ? 0 : Double(good) / Double(words), words)
    }

    /// The small letter of a capital (`Ư` → `ư`), for a syllable test that ignores case.
    private static func lowered(_ scalar: UInt32) -> UInt32 {
        if (0x41...0x5A).contains(scalar) { return scalar | 0x20 }
        if let letter = VietnameseLetters.letter(scalar), letter.isUpper {
            return VietnameseLetters.scalar(row: letter.row, tone: letter.tone, upper: false)
        }
        if scalar == 0x110 { return 0x111 }
        return scalar
    }
}
