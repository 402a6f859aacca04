/// The Vietnamese vowel letters, as a table of base vowel × tone.
///
/// Row `r` holds one base vowel (with its shape diacritic, if any) and its five toned forms in the order
/// none, grave (huyền), acute (sắc), hook above (hỏi), tilde (ngã), dot below (nặng). Composition, decomposition,
/// tone moving and diacritic folding are all read off this one table.
enum VietnameseLetters {
    /// Shape diacritics (dấu mũ, dấu trăng, dấu móc).
    enum Shape: UInt8 { case none = 0, circumflex, breve, horn }

    /// Tone marks in table order.
    static let toneMarks: [UInt32] = [0x0300, 0x0301, 0x0309, 0x0303, 0x0323]

    /// The 12 base vowels: ASCII base letter and shape.
    static let bases: [(ascii: UInt8, shape: Shape)] = [
        (0x61, .none), (0x61, .breve), (0x61, .circumflex), (0x65, .none), (0x65, .circumflex), (0x69, .none),
        (0x6F, .none), (0x6F, .circumflex), (0x6F, .horn), (0x75, .none), (0x75, .horn), (0x79, .none),
    ]

    /// Rows of lower-case letters; the upper-case table has the same layout.
    static let lower: [String] = [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ]
    static let upper: [String] = [
        "AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ",
        "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ",
    ]

    /// A decoded vowel letter: row in the table, tone (0 = none, 1...5 in table order), upper case or not.
    struct Letter: Equatable {
        var row: UInt8
        var tone: UInt8
        var isUpper: Bool
        var ascii: UInt8 { VietnameseLetters.bases[Int(row)].ascii }
        var shape: Shape { VietnameseLetters.bases[Int(row)].shape }
        var scalar: UInt32 { VietnameseLetters.scalar(row: row, tone: tone, upper: isUpper) }
    }

    /// Code point → letter, for every letter in the table (144 entries), as two flat arrays over the ranges
    /// that hold them (U+0000–01B0 and U+1EA0–1EF9); 0 means "not a vowel letter", else index + 1.
    private static let lowRange: [UInt8] = indexTable(0..<0x1B1)
    private static let highRange: [UInt8] = indexTable(0x1EA0..<0x1EFA)

    private static func indexTable(_ range: Range<UInt32>) -> [UInt8] {
        var table = [UInt8](repeating: 0, count: range.count)
        for (index, scalar) in scalarTable.enumerated() where range.contains(scalar) {
            table[Int(scalar - range.lowerBound)] = UInt8(index + 1)
        }
        return table
    }

    /// The letter a scalar is, if it is a Vietnamese vowel letter.
    @inline(__always)
    static func letter(_ scalar: UInt32) -> Letter? {
        let index: UInt8
        if scalar < 0x1B1 {
            index = lowRange[Int(scalar)]
        } else if scalar >= 0x1EA0 && scalar < 0x1EFA {
            index = highRange[Int(scalar - 0x1EA0)]
        } else {
            return nil
        }
        guard index > 0 else { return nil }
        let flat = Int(index - 1)
        return Letter(row: UInt8((flat % 72) / 6), tone: UInt8(flat % 6), isUpper: flat >= 72)
    }

    /// Letter → code point, `[upper][row][tone]` flattened.
    static let scalarTable: [UInt32] = {
        var result: [UInt32] = []
        for table in [lower, upper] {
            for letters in table { result.append(contentsOf: letters.unicodeScalars.map(\.value)) }
        }
        return result
    }()

    @inline(__always)
    static func scalar(row: UInt8, tone: UInt8, upper: Bool) -> UInt32 {
        scalarTable[(upper ? 72 : 0) + Int(row) * 6 + Int(tone)]
    }

    /// The row of an ASCII vowel with a shape, or nil when that pair is not a Vietnamese letter (`e` + breve).
    @inline(__always)
    static func row(ascii: UInt8, shape: Shape) -> UInt8? {
        switch (ascii | 0x20, shape) {
        case (0x61, .none): return 0
        case (0x61, .breve): return 1
        case (0x61, .circumflex): return 2
        case (0x65, .none): return 3
        case (0x65, .circumflex): return 4
        case (0x69, .none): return 5
        case (0x6F, .none): return 6
        case (0x6F, .circumflex): return 7
        case (0x6F, .horn): return 8
        case (0x75, .none): return 9
        case (0x75, .horn): return 10
        case (0x79, .none): return 11
        default: return nil
        }
    }

    /// Classifies a combining mark: a tone (1...5), a shape, or nil for any other mark.
    static func markKind(_ scalar: UInt32) -> (tone: UInt8, shape: Shape)? {
        switch scalar {
        case 0x0300: return (1, .none)
        case 0x0301: return (2, .none)
        case 0x0309: return (3, .none)
        case 0x0303: return (4, .none)
        case 0x0323: return (5, .none)
        case 0x0302: return (0, .circumflex)
        case 0x0306: return (0, .breve)
        case 0x031B: return (0, .horn)
        default: return nil
        }
    }
}
