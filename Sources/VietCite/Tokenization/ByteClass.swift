/// Byte-level classification of normalized UTF-8 used by the tokenizer and the matcher.
enum ByteClass {
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isUpperASCII(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    @inline(__always) static func isLineBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

    /// True for a lead byte of a non-ASCII letter in the scripts VietCite reads (Latin-1 letters, Latin
    /// Extended-A/B, IPA, Cyrillic, Latin Extended Additional); punctuation such as `“` or `–` is not a letter.
    @inline(__always)
    static func isLetterScalar(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x370...0x3FF, 0x400...0x52F, 0x1E00...0x1EFF: return true
        case 0x0300...0x036F: return true  // stray combining marks stay inside their word
        case 0x3040...0x9FFF, 0xAC00...0xD7AF: return true
        default: return false
        }
    }

    /// The folded ASCII letter of a scalar (`ế` → `e`, `Đ` → `d`), or 0 when it is not a Vietnamese letter.
    @inline(__always)
    static func foldedLetter(_ scalar: UInt32) -> UInt8 {
        if scalar < 0x80 {
            let byte = UInt8(scalar)
            return isASCIILetter(byte) ? byte | 0x20 : 0
        }
        if scalar == 0x110 || scalar == 0x111 { return 0x64 }
        if let letter = VietnameseLetters.letter(scalar) { return letter.ascii }
        return 0
    }
}
