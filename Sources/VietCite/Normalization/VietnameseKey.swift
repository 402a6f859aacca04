/// Comparison keys for Vietnamese text: the same key for spellings that mean the same thing.
///
/// ```swift
/// VietnameseKey.toneNeutral("Tỉnh ủy Hòa Bình") == VietnameseKey.toneNeutral("tỉnh uỷ hoà bình")   // true
/// VietnameseKey.folded("Nghị quyết số 25 của Ban Chấp hành")   // "nghi quyet so 25 cua ban chap hanh"
/// ```
public enum VietnameseKey {
    /// Lower case, NFC, with the tone of `oa`/`oe`/`uy` syllables in one place, so `hòa`/`hoà`,
    /// `thủy`/`thuỷ`, `Ủy`/`Uỷ`, `khóa`/`khoá` compare equal; everything else keeps its diacritics.
    ///
    /// - Complexity: O(*n*).
    public static func toneNeutral(_ text: String) -> String {
        lowercased(ToneStyle.modern.apply(to: text))
    }

    /// Lower case without diacritics, `đ` → `d` (`Nghị quyết` → `nghi quyet`), for matching that ignores both.
    ///
    /// - Complexity: O(*n*).
    public static func folded(_ text: String) -> String {
        if let clean = foldedClean(text) { return clean }
        return foldedNormalizing(text)
    }

    /// ``folded(_:)`` through the normalizer, for any text.
    @_spi(Stages) public static func foldedNormalizing(_ text: String) -> String {
        let normalized = Normalizer().normalize(SourceText(text))
        var result = String.UnicodeScalarView()
        for scalar in normalized.string.unicodeScalars {
            result.append(Unicode.Scalar(fold(scalar.value)) ?? scalar)
        }
        return String(result)
    }

    /// ``folded(_:)`` of a text the normalizer leaves as it is, read straight from its bytes: printable ASCII but
    /// markup's `<` and `&`, precomposed Vietnamese vowel letters and `Đ`/`đ`. Nil for any other text. The graph
    /// folds every name it is given, and names come out of the normalizer: this skips a second pass over them.
    @_spi(Stages) public static func foldedClean(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            // Each character it takes folds to one ASCII byte: one pass checks and folds.
            var folded = [UInt8]()
            folded.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    guard byte >= 0x20 && byte < 0x7F && byte != 0x3C && byte != 0x26 else { return nil }
                    folded.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                    index += 1
                    continue
                }
                // Valid UTF-8: a lead byte has its continuation bytes.
                let scalar: UInt32
                if byte < 0xE0 {
                    scalar = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else if byte < 0xF0 {
                    scalar = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                        | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else {
                    return nil
                }
                guard scalar == 0x110 || scalar == 0x111 || VietnameseLetters.letter(scalar) != nil else { return nil }
                folded.append(UInt8(truncatingIfNeeded: fold(scalar)))
            }
            return String(decoding: folded, as: UTF8.self)
        }
    }

    /// The folded form of one scalar: ASCII lower case for Vietnamese letters and `Đ`/`đ`, lower case for
    /// other cased letters, the scalar itself otherwise.
    @inline(__always)
    static func fold(_ scalar: UInt32) -> UInt32 {
        if scalar < 0x80 { return (0x41...0x5A).contains(scalar) ? scalar | 0x20 : scalar }
        if scalar == 0x110 || scalar == 0x111 { return 0x64 }
        if let letter = VietnameseLetters.letter(scalar) { return UInt32(letter.ascii) }
        return Unicode.Scalar(scalar).map { UInt32($0.properties.lowercaseMapping.unicodeScalars.first!.value) }
            ?? scalar
    }

    private static func lowercased(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                // ASCII: no table and no Unicode property look-up.
                let isUpper = scalar.value >= 0x41 && scalar.value <= 0x5A
                result.append(Unicode.Scalar(UInt8(scalar.value) | (isUpper ? 0x20 : 0)))
            } else if let letter = VietnameseLetters.letter(scalar.value) {
                let lower = VietnameseLetters.scalar(row: letter.row, tone: letter.tone, upper: false)
                result.append(Unicode.Scalar(lower)!)
            } else if scalar.value == 0x110 {
                result.append("đ")
            } else {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(result)
    }
}
