extension LegacyEncoding {
    /// TCVN3 has no bytes for the toned capitals: a `.VnTimeH` font drew the small letters' bytes as capitals, so
    /// `QUYẾT ĐỊNH` typed in capitals decodes as `QUYếT ĐịNH`. A word without a small ASCII letter whose capitals
    /// (ASCII, or `Đ Ă Â Ê Ô Ơ Ư`, which have bytes of their own) are two or more, or one after its first letter
    /// (`ủY`), is in capitals: its small Vietnamese letters are raised. One whose only capital opens it (`Bí`, `Tổ`)
    /// may be a word in small letters: it is raised when the next word is in capitals (`BAN Bí THƯ`), or, when no
    /// word with letters follows on, when the one before it is.
    ///
    /// The letters of the current word wait here until it ends, and a word that may be in capitals, with what
    /// follows it, until the next word tells (a word is short: past 64 units they pass as they are).
    struct CapitalsWord {
        private enum Case { case capitals, small, open, none }
        private var letters: [(scalar: UInt32, source: Range<Int>)] = []
        /// A word that opens with its only capital, then what followed it, waiting for the next word.
        private var held: [(scalar: UInt32, source: Range<Int>)] = []
        private var heldLetters = 0
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
                held.append((scalar, source))
            } else {
                release(raised: false, put)
                put(scalar, source)
            }
        }

        /// Ends the text: the word and what waits pass.
        mutating func flush(_ put: (UInt32, Range<Int>) -> Void) {
            endWord(put)
            release(raised: previousCapitals, put)
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
            if !held.isEmpty {
                switch wordCase {
                case .capitals: release(raised: true, put)
                case .small: release(raised: false, put)
                case .open, .none: release(raised: previousCapitals, put)
                }
            }
            switch wordCase {
            case .capitals:
                for (scalar, source) in letters { put(Self.raised(scalar), source) }
                previousCapitals = true
            case .open:
                held = letters
                heldLetters = letters.count
            case .small, .none:
                for (scalar, source) in letters { put(scalar, source) }
                previousCapitals = false
            }
            letters.removeAll(keepingCapacity: true)
        }

        /// Passes the held word, raised or not, and what followed it.
        private mutating func release(raised: Bool, _ put: (UInt32, Range<Int>) -> Void) {
            guard !held.isEmpty else { return }
            for (offset, (scalar, source)) in held.enumerated() {
                put(raised && offset < heldLetters ? Self.raised(scalar) : scalar, source)
            }
            previousCapitals = raised
            held.removeAll(keepingCapacity: true)
            heldLetters = 0
        }

        private static func raised(_ scalar: UInt32) -> UInt32 {
            if scalar == 0x111 { return 0x110 }
            guard var letter = VietnameseLetters.letter(scalar), !letter.isUpper else { return scalar }
            letter.isUpper = true
            return letter.scalar
        }
    }
}
