extension LegacyEncoding {
    /// TCVN3 has no bytes for the toned capitals: a `.VnTimeH` font drew the small letters' bytes as capitals, so
    /// `QUYẾT ĐỊNH` typed in capitals decodes as `QUYếT ĐịNH`. A word without a small ASCII letter whose capitals
    /// (ASCII, or `Đ Ă Â Ê Ô Ơ Ư`, which have bytes of their own) are two or more, or one after its first letter
    /// (`ủY`), is in capitals: its small Vietnamese letters are raised. Words whose only capital opens them (`Bí`,
    /// `Xử Lý`) may be words in small letters: they are raised when the words on both sides of them are in capitals
    /// (`BAN Bí THƯ`, `LUẬT Xử Lý VI PHẠM`; not `của Sở GDĐT`, whose next word is an abbreviation).
    ///
    /// The letters of the current word wait here until it ends, and words that may be in capitals, with what follows
    /// them, until a word tells (past 64 units they pass as they are).
    struct CapitalsWord {
        private enum Case { case capitals, small, open, none }
        private var letters: [(scalar: UInt32, source: Range<Int>)] = []
        /// Words that open with their only capital, and what stands between and after them, waiting for a word that
        /// tells; `raisable` marks their letters.
        private var held: [(scalar: UInt32, source: Range<Int>, raisable: Bool)] = []
        /// True when the word before the held ones is in capitals.
        private var heldAfterCapitals = false
        private var previousCapitals = false

        mutating func add(_ scalar: UInt32, _ source: Range<Int>, _ put: (UInt32, Range<Int>) -> Void) {
            if Self.isLetter(scalar) && letters.count < 32 {
                letters.append((scalar, source))
                return
            }
            endWord(put)
            if held.isEmpty {
                put(scalar, source)
            } else if held.count < 64 {
                held.append((scalar, source, false))
            } else {
                release(raised: false, put)
                put(scalar, source)
            }
        }

        /// Ends the text: the word and what waits pass.
        mutating func flush(_ put: (UInt32, Range<Int>) -> Void) {
            endWord(put)
            release(raised: false, put)
        }

        private static func isLetter(_ scalar: UInt32) -> Bool {
            scalar < 0x80 ? ByteClass.isASCIILetter(UInt8(scalar))
                : scalar == 0x110 || scalar == 0x111 || VietnameseLetters.letter(scalar) != nil
        }

        private func wordCase() -> Case {
            var capitals = 0
            var capitalAfterFirst = false
            var asciiLetter = false
            for (offset, (scalar, _)) in letters.enumerated() {
                let upper: Bool
                if scalar < 0x80 {
                    asciiLetter = true
                    upper = ByteClass.isUpperASCII(UInt8(scalar))
                    if !upper { return .small }
                } else {
                    upper = scalar == 0x110 || VietnameseLetters.letter(scalar)?.isUpper == true
                }
                if upper {
                    capitals += 1
                    if offset > 0 { capitalAfterFirst = true }
                }
            }
            guard asciiLetter || capitals > 0 else { return .none }
            if capitals >= 2 || capitalAfterFirst { return .capitals }
            return capitals == 1 && letters.count > 1 ? .open : .none
        }

        private mutating func endWord(_ put: (UInt32, Range<Int>) -> Void) {
            guard !letters.isEmpty else { return }
            let wordCase = wordCase()
            if wordCase == .open {
                // Held, after the ones already held (`Xử Lý`), until a word tells.
                if held.isEmpty { heldAfterCapitals = previousCapitals }
                if held.count + letters.count <= 64 {
                    for (scalar, source) in letters { held.append((scalar, source, true)) }
                    letters.removeAll(keepingCapacity: true)
                    return
                }
                release(raised: false, put)
                heldAfterCapitals = previousCapitals
                for (scalar, source) in letters { held.append((scalar, source, true)) }
                letters.removeAll(keepingCapacity: true)
                return
            }
            release(raised: heldAfterCapitals && wordCase == .capitals, put)
            for (scalar, source) in letters { put(wordCase == .capitals ? Self.raised(scalar) : scalar, source) }
            previousCapitals = wordCase == .capitals
            letters.removeAll(keepingCapacity: true)
        }

        /// Passes the held words, raised or not, and what stands between and after them.
        private mutating func release(raised: Bool, _ put: (UInt32, Range<Int>) -> Void) {
            guard !held.isEmpty else { return }
            for (scalar, source, raisable) in held { put(raised && raisable ? Self.raised(scalar) : scalar, source) }
            previousCapitals = raised
            held.removeAll(keepingCapacity: true)
        }

        private static func raised(_ scalar: UInt32) -> UInt32 {
            if scalar == 0x111 { return 0x110 }
            guard var letter = VietnameseLetters.letter(scalar), !letter.isUpper else { return scalar }
            letter.isUpper = true
            return letter.scalar
        }
    }
}
