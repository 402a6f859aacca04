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
        let normalized = Normalizer().normalize(SourceText(text))
        var result = String.UnicodeScalarView()
        for scalar in normalized.string.unicodeScalars {
            result.append(Unicode.Scalar(fold(scalar.value)) ?? scalar)
        }
        return String(result)
    }

    /// The folded form of one scalar: ASCII lower case for Vietnamese letters and `Đ`/`đ`, lower case for
    /// other cased letters, the scalar itself otherwise.
    @inline(__always)
    static func fold(_ scalar: UInt32) -> UInt32 {
        if scalar < 0x80 { return (0x41...0x5A).contains(scalar) ? scalar | 0x20 : scalar }
        if scalar == 0x110 || scalar == 0x111 { return 0x64 }
        if let letter = VietnameseLetters.letter(scalar) { return UInt32(letter.ascii) }
        return Unicode.Scalar(scalar).map { UInt32($0.properties.lowercaseMapping.unicodeScalars.first!.value) } ?? scalar
    }

    private static func lowercased(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                // ASCII: no table and no Unicode property look-up.
                result.append(Unicode.Scalar(UInt8(scalar.value) | (scalar.value >= 0x41 && scalar.value <= 0x5A ? 0x20 : 0)))
            } else if let letter = VietnameseLetters.letter(scalar.value) {
                result.append(Unicode.Scalar(VietnameseLetters.scalar(row: letter.row, tone: letter.tone, upper: false))!)
            } else if scalar.value == 0x110 {
                result.append("đ")
            } else {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(result)
    }
}
