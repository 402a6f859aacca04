/// The word walks of `WordWalk.c` written one decoded scalar at a time, as the matcher read words before they moved
/// to C: the rules the C walks keep, which the tests compare them with on every kind of byte.
extension Tokenizer {
    /// The end of the word starting at `index`: letters, and digits glued after letters (`QH15`).
    public static func referenceWordEnd(_ p: UnsafePointer<UInt8>, from index: Int, _ count: Int) -> Int {
        var end = index
        while end < count {
            let byte = p[end]
            if byte < 0x80 {
                guard ByteClass.isASCIILetter(byte) || ByteClass.isDigit(byte) else { break }
                end += 1
            } else {
                let (scalar, length) = UTF8Decoding.decode(p, end, count)
                guard ByteClass.isLetterScalar(scalar) else { break }
                end += length
            }
        }
        return end
    }

    /// The end of the word starting at `start`, walked no further than `limit`, and its key: its folded letters
    /// packed big-endian (`WordKey`), or 0 for a word with a digit, a letter with no folded form, or more than eight
    /// letters.
    public static func referenceWordEndAndKey(_ p: UnsafePointer<UInt8>, from start: Int, limit: Int,
                                              _ count: Int) -> (end: Int, key: UInt64) {
        var key: UInt64 = 0
        var letters = 0
        var valid = true
        var index = start
        while index < limit {
            let byte = p[index]
            if byte < 0x80 {
                if ByteClass.isASCIILetter(byte) {
                    key = key << 8 | UInt64(byte | 0x20)
                } else if ByteClass.isDigit(byte) {
                    valid = false
                } else {
                    break
                }
                index += 1
            } else {
                let (scalar, length) = UTF8Decoding.decode(p, index, count)
                guard ByteClass.isLetterScalar(scalar) else { break }
                let folded = ByteClass.foldedLetter(scalar)
                if folded == 0 { valid = false } else { key = key << 8 | UInt64(folded) }
                index += length
            }
            letters += 1
            if letters > 8 { valid = false }
        }
        return (index, valid ? key : 0)
    }

    /// The start of the run of letters and digits that ends at `start`, one scalar back at a time, and whether it
    /// holds a digit.
    public static func referenceWordStart(before start: Int, _ p: UnsafePointer<UInt8>,
                                          _ count: Int) -> (start: Int, sawDigit: Bool) {
        var start = start
        var sawDigit = false
        while start > 0 {
            let previous = UTF8Decoding.previousStart(p, start, lowerLimit: 0)
            let scalar = UTF8Decoding.decode(p, previous, count).scalar
            let isLetter = scalar < 0x80 ? ByteClass.isASCIILetter(UInt8(scalar)) : ByteClass.isLetterScalar(scalar)
            let isDigit = scalar < 0x80 && ByteClass.isDigit(UInt8(scalar))
            guard isLetter || isDigit else { break }
            sawDigit = sawDigit || isDigit
            start = previous
        }
        return (start, sawDigit)
    }

    /// True when the scalar at `index` is a letter.
    public static func referenceIsWordStart(_ p: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> Bool {
        let byte = p[index]
        if byte < 0x80 { return ByteClass.isASCIILetter(byte) }
        return ByteClass.isLetterScalar(UTF8Decoding.decode(p, index, count).scalar)
    }
    /// The type-word reader's walk back over folded letters (`vietcite_fold_back`): from `cursor`, stores each folded
    /// letter and its start until `limit` are collected, passing up to four spaces or one line break (LF or CR LF)
    /// between letters; returns how many are collected in all.
    public static func referenceFoldBack(from cursor: Int, _ p: UnsafePointer<UInt8>, _ count: Int,
                                         letters: UnsafeMutablePointer<UInt8>, starts: UnsafeMutablePointer<Int>,
                                         collected: Int, limit: Int) -> Int {
        var cursor = cursor
        var collected = collected
        while cursor > 0 && collected < limit {
            let previous = UTF8Decoding.previousStart(p, cursor, lowerLimit: 0)
            let scalar = UTF8Decoding.decode(p, previous, count).scalar
            if scalar == 0x20 || scalar == 0x0A {
                if scalar == 0x0A && collected == 0 { break }
                var runStart = previous
                while scalar == 0x20 && runStart > 0 && p[runStart - 1] == 0x20 && previous - runStart < 3 {
                    runStart -= 1
                }
                // A Windows line break, CR LF, is one line break.
                if scalar == 0x0A && runStart > 0 && p[runStart - 1] == 0x0D { runStart -= 1 }
                if runStart > 0 && (p[runStart - 1] == 0x20 || p[runStart - 1] == 0x0A) { break }
                cursor = runStart
                continue
            }
            let folded = ByteClass.foldedLetter(scalar)
            guard folded != 0 else { break }
            letters[collected] = folded
            starts[collected] = previous
            collected += 1
            cursor = previous
        }
        return collected
    }
}
