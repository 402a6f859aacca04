internal import CVietCiteScan

/// Byte-level classification of normalized UTF-8 used by the tokenizer and the matcher.
enum ByteClass {
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isUpperASCII(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    @inline(__always) static func isLineBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

    /// True for a non-ASCII letter in the scripts VietCite reads (Latin-1 letters, Latin Extended-A/B, IPA,
    /// Cyrillic, Latin Extended Additional, CJK, Hangul); punctuation such as `“` or `–` is not a letter.
    @inline(__always)
    static func isLetterScalar(_ scalar: UInt32) -> Bool {
        if scalar < 0x2000 { return scalar >= 0x80 && vietcite_letter_fold(scalar) != 0 }
        return scalar >= 0x3040 && scalar <= 0x9FFF || scalar >= 0xAC00 && scalar <= 0xD7AF
    }

    /// The folded ASCII letter of a scalar (`ế` → `e`, `Đ` → `d`), or 0 when it is not a Vietnamese letter.
    @inline(__always)
    static func foldedLetter(_ scalar: UInt32) -> UInt8 {
        let fold = vietcite_letter_fold(scalar)
        return fold > 1 ? fold : 0
    }

    /// What `vietcite_letter_folds` (`Sources/CVietCiteScan/LetterFolds.c`, one load per letter for the word
    /// readers around every mention) must hold for `scalar`: 0 when it is not a letter, 1 for a letter with no
    /// folded form (`ç`, `Ж`, a stray combining mark), else the folded ASCII letter. The tests compare the two.
    static func letterFold(rule scalar: UInt32) -> UInt8 {
        if scalar < 0x80 {
            let byte = UInt8(scalar)
            return isASCIILetter(byte) ? byte | 0x20 : 0
        }
        if scalar == 0x110 || scalar == 0x111 { return 0x64 }
        // The stray vowels OCR reads for Vietnamese marks, in both cases: `ä`, `å` (the breve of `ă`: `Cän cứ`),
        // `ë`, `ę`, `ě`, `ï`, `î`, `ī`, `ö`, `ü`, `ů` (`cüa` for `của`).
        switch scalar | 0x20 {
        case 0xE4, 0xE5: return 0x61
        case 0xEB: return 0x65
        case 0xEE, 0xEF: return 0x69
        case 0xF6: return 0x6F
        case 0xFC: return 0x75
        default: break
        }
        switch scalar & ~1 {
        case 0x118, 0x11A: return 0x65
        case 0x12A: return 0x69
        case 0x16E: return 0x75
        default: break
        }
        if let letter = VietnameseLetters.letter(scalar) { return letter.ascii }
        switch scalar {
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x370...0x3FF, 0x400...0x52F, 0x1E00...0x1EFF: return 1
        case 0x0300...0x036F: return 1  // stray combining marks stay inside their word
        case 0x3040...0x9FFF, 0xAC00...0xD7AF: return 1
        default: return 0
        }
    }
}

/// The generated letter table of `Sources/CVietCiteScan/LetterFolds.c`, checked against its rule.
@_spi(Stages) public enum LetterFolds {
    /// The scalars below U+2000 where the C table and ``ByteClass/letterFold(rule:)`` disagree: none while the
    /// table is current (regenerate it if a rule changes).
    public static func disagreements() -> [UInt32] {
        (UInt32(0)..<0x2000).filter { vietcite_letter_fold($0) != ByteClass.letterFold(rule: $0) }
    }
}
