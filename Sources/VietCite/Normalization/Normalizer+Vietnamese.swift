/// What the normalizer does with one scalar.
enum ScalarClass: Equatable {
    /// Kept as it is (NFC-stable, not a lookalike).
    case keep
    /// Replaced by the given scalar unconditionally (odd spaces, Ð → Đ, fullwidth forms).
    case replace(UInt32)
    /// Deleted (zero-width characters, BOM, soft hyphen, direction marks).
    case remove
    /// A dash that becomes `-` between parts of a code or a date.
    case dash
    /// A combining mark (U+0300–U+036F): composed with its base.
    case mark
    /// Cyrillic: Latin lookalikes inside Latin codes are repaired.
    case cyrillic
    /// Anything else: handed to ICU's NFC in runs.
    case other
}

extension ScalarClass {
    /// True for the dashes ``of(_:)`` classes as ``dash``, for the readers outside the normalizer's pass (which call
    /// this, not ``of(_:)``: a second caller of that switch had it kept out of line in the pass).
    static func isDash(_ scalar: UInt32) -> Bool {
        (0x2010...0x2015).contains(scalar) || scalar == 0x2212 || scalar == 0xFE63
    }

    /// The class of a non-ASCII scalar.
    @inline(__always)
    static func of(_ scalar: UInt32) -> ScalarClass {
        switch scalar {
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .replace(0x20)
        case 0x00AD, 0x200B...0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: return .remove
        case 0x00D0, 0x0189: return .replace(0x0110)  // Ð, Ɖ → Đ
        case 0x00F0, 0x0256: return .replace(0x0111)  // ð, ɖ → đ
        case 0x01CD: return .replace(0x0102)  // Ǎ → Ă: a caron for the breve, as in `nǎm`, `Cǎn cứ` of converted pages
        case 0x01CE: return .replace(0x0103)  // ǎ → ă
        case 0x2010...0x2015, 0x2212, 0xFE63: return .dash
        case 0x2044, 0x2215: return .replace(0x2F)  // ⁄ fraction slash, ∕ division slash → /
        case 0xFF01...0xFF5E: return .replace(scalar - 0xFEE0)  // fullwidth ASCII, nothing else of NFKC
        case 0x0300...0x036F: return .mark
        case 0x0483...0x0489: return .other  // Cyrillic combining marks
        case 0x0400...0x04FF: return .cyrillic
        // Ranges whose every scalar is an NFC starter that never combines with what precedes it.
        case 0x0080...0x02FF, 0x1E00...0x1EFF, 0x2016...0x20CF, 0x2140...0x22FF, 0x2340...0x2ABF,
             0x2B00...0x2FFF:
            return .keep
        default: return .other
        }
    }

    /// Cyrillic capitals that look like Latin capitals, and the Latin letter they stand for.
    static func latinLookalike(ofCyrillic scalar: UInt32) -> UInt8? {
        switch scalar {
        case 0x0410: return 0x41  // А
        case 0x0412: return 0x42  // В
        case 0x0415: return 0x45  // Е
        case 0x041A: return 0x4B  // К
        case 0x041C: return 0x4D  // М
        case 0x041D: return 0x48  // Н
        case 0x041E: return 0x4F  // О
        case 0x0420: return 0x50  // Р
        case 0x0421: return 0x43  // С
        case 0x0422: return 0x54  // Т
        case 0x0425: return 0x58  // Х
        case 0x0423: return 0x59  // У
        case 0x0405: return 0x53  // Ѕ
        case 0x0406: return 0x49  // І
        case 0x0408: return 0x4A  // Ј
        default: return nil
        }
    }
}
