/// Where the tone mark goes in the open syllables `oa`, `oe`, `uy` — the only place the two Vietnamese
/// spelling styles differ (`hòa`/`hoà`, `khỏe`/`khoẻ`, `thủy`/`thuỷ`, `ủy`/`uỷ`).
///
/// The rewrite is gated on a well-formed syllable (a known onset other than `qu`, the vowel pair, no coda), so
/// `quý`, `giữa`, `hoàn`, `khuỷu` and foreign words such as `Zoé` are never touched.
///
/// ```swift
/// ToneStyle.modern.apply(to: "Tỉnh ủy hòa")        // "Tỉnh uỷ hoà"
/// ToneStyle.traditional.apply(to: "thuỷ lợi")      // "thủy lợi"
/// ```
public enum ToneStyle: String, Sendable, Hashable, CaseIterable {
    /// Tone on the first vowel: *hòa, thủy, ủy* ("kiểu cũ"; most newspapers, many statute titles).
    case traditional
    /// Tone on the second vowel: *hoà, thuỷ, uỷ* ("kiểu mới"; Ministry of Education rules).
    case modern

    /// Rewrites every affected syllable of `text` to this style; other text is returned as it is.
    ///
    /// - Complexity: O(*n*).
    public func apply(to text: String) -> String {
        let normalized = Normalizer(options: .init(toneStyle: self)).normalize(SourceText(text))
        return normalized.string
    }

    /// The syllable's letters restyled, or nil when nothing changes. `letters` are the scalars of one word.
    func restyled(_ letters: [UInt32]) -> [UInt32]? {
        guard let syllable = Syllable(letters), syllable.isStyleDependent else { return nil }
        let (first, second) = (syllable.vowelStart, syllable.vowelStart + 1)
        guard letters[first] != syllable.plain[first] || letters[second] != syllable.plain[second] else { return nil }
        let toneAt = letters[first] == syllable.plain[first] ? second : first
        let target = self == .traditional ? first : second
        guard toneAt != target else { return nil }
        var result = letters
        let tone = VietnameseLetters.letter(letters[toneAt])!.tone
        result[toneAt] = syllable.plain[toneAt]
        let letter = VietnameseLetters.letter(syllable.plain[target])!
        result[target] = VietnameseLetters.scalar(row: letter.row, tone: tone, upper: letter.isUpper)
        return result
    }

    /// The lower-case ASCII vowel a letter is without its tone (`ồ` → 0: it has a shape; `Ó` → `o`), the
    /// lower-case letter for other ASCII letters, 0 otherwise.
    @inline(__always)
    private static func plainVowel(_ scalar: UInt32) -> UInt8 {
        if scalar < 0x80 { return UInt8(scalar) | 0x20 }
        guard let letter = VietnameseLetters.letter(scalar), letter.shape == .none else { return 0 }
        return letter.ascii
    }

    /// Restyles a normalized text, composing the offset map so spans still point into the source.
    static func restyle(_ text: NormalizedText, to style: ToneStyle) -> NormalizedText {
        var rewrite = TextRewrite(text)
        text.bytes.withUnsafeBufferPointer { buffer in
            guard let p = buffer.baseAddress else { return }
            let count = buffer.count
            var index = 0
            var letters: [UInt32] = []
            letters.reserveCapacity(16)
            while index < count {
                // A word: a run of letters (ASCII or Vietnamese); only words with a non-ASCII letter can change,
                // and only when two neighbouring vowels are, without their tones, `oa`, `oe` or `uy` (what
                // `Syllable.isStyleDependent` asks of the vowel pair), so the syllable is parsed only then.
                let wordStart = index
                letters.removeAll(keepingCapacity: true)
                var hasToned = false
                var hasPair = false
                var previous: UInt8 = 0
                while index < count {
                    let (scalar, length) = UTF8Decoding.decode(p, index, count)
                    guard Syllable.isLetter(scalar) else { break }
                    if scalar >= 0x80 { hasToned = true }
                    let plain = Self.plainVowel(scalar)
                    if (previous == 0x6F && (plain == 0x61 || plain == 0x65)) || (previous == 0x75 && plain == 0x79) {
                        hasPair = true
                    }
                    previous = plain
                    letters.append(scalar)
                    index += length
                }
                if index == wordStart {
                    index += UTF8Decoding.decode(p, index, count).length
                    continue
                }
                guard hasToned, hasPair, letters.count <= 7, let restyled = style.restyled(letters) else { continue }
                var word: [UInt8] = []
                for scalar in restyled { UTF8Decoding.append(scalar, to: &word) }
                rewrite.replace(wordStart..<index, with: word)
            }
        }
        return rewrite.finish()
    }
}

/// A Vietnamese syllable split into onset, vowel cluster and coda, as far as tone placement needs it.
struct Syllable {
    /// The letters without tone marks (shape kept), same length as the input.
    let plain: [UInt32]
    /// Index of the first vowel letter of the rhyme (after the onset).
    let vowelStart: Int
    let vowelCount: Int
    let onset: String
    let coda: String

    private static let onsets: Set<String> = [
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph",
        "qu", "r", "s", "t", "th", "tr", "v", "x",
    ]
    private static let codas: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]

    static func isLetter(_ scalar: UInt32) -> Bool {
        (0x41...0x5A).contains(scalar) || (0x61...0x7A).contains(scalar) || scalar == 0x110 || scalar == 0x111
            || VietnameseLetters.letter(scalar) != nil
    }

    init?(_ letters: [UInt32]) {
        guard !letters.isEmpty else { return nil }
        var plain: [UInt32] = []
        var lowered = ""
        var isVowel: [Bool] = []
        for scalar in letters {
            if let letter = VietnameseLetters.letter(scalar) {
                plain.append(VietnameseLetters.scalar(row: letter.row, tone: 0, upper: letter.isUpper))
                let lower = VietnameseLetters.scalar(row: letter.row, tone: 0, upper: false)
                lowered.unicodeScalars.append(Unicode.Scalar(lower)!)
                isVowel.append(true)
            } else {
                plain.append(scalar)
                let lower = scalar == 0x110 ? 0x111 : ((0x41...0x5A).contains(scalar) ? scalar | 0x20 : scalar)
                lowered.unicodeScalars.append(Unicode.Scalar(lower)!)
                isVowel.append(false)
            }
        }
        let chars = Array(lowered.unicodeScalars)
        var onsetEnd = 0
        while onsetEnd < chars.count && !isVowel[onsetEnd] { onsetEnd += 1 }
        var onset = String(String.UnicodeScalarView(chars[0..<onsetEnd]))
        // "qu" and "gi" + vowel: the u / i belongs to the onset.
        if (onset == "q" || onset == "g") && onsetEnd + 1 < chars.count && isVowel[onsetEnd] && isVowel[onsetEnd + 1] {
            let glide = chars[onsetEnd]
            if (onset == "q" && glide == "u") || (onset == "g" && glide == "i") {
                onset.unicodeScalars.append(glide)
                onsetEnd += 1
            }
        }
        guard Self.onsets.contains(onset) else { return nil }
        var vowelEnd = onsetEnd
        while vowelEnd < chars.count && isVowel[vowelEnd] { vowelEnd += 1 }
        let coda = String(String.UnicodeScalarView(chars[vowelEnd...]))
        guard vowelEnd > onsetEnd, Self.codas.contains(coda) else { return nil }
        self.plain = plain
        self.vowelStart = onsetEnd
        self.vowelCount = vowelEnd - onsetEnd
        self.onset = onset
        self.coda = coda
        // At most one toned letter in a well-formed syllable.
        guard letters.indices.filter({ letters[$0] != plain[$0] }).count <= 1 else { return nil }
    }

    /// `oa`, `oe`, `uy` with no coda, after any onset but `qu`.
    var isStyleDependent: Bool {
        guard vowelCount == 2, coda.isEmpty, onset != "qu" else { return false }
        let first = plain[vowelStart] | 0x20
        let second = plain[vowelStart + 1] | 0x20
        return (first == 0x6F && (second == 0x61 || second == 0x65)) || (first == 0x75 && second == 0x79)
    }
}
