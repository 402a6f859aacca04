internal import CVietCiteScan

/// Splits normalized bytes into tokens that tile the buffer: every byte is in exactly one token.
///
/// ```swift
/// let tokens = Tokenizer.tokens(in: Array("Số: 16/CT-TTg".utf8))
/// tokens.map(\.kind)   // [word, punctuation, space, number, punctuation, word, punctuation, word]
/// ```
/// The matcher does not need the whole list: it reads tokens one at a time around the places that can start
/// a citation with ``Tokenizer/token(at:in:)`` and ``Tokenizer/token(before:in:)``.
/// - Complexity: O(*n*).
@_spi(Stages) public enum Tokenizer {
    /// All tokens of a buffer.
    public static func tokens(in bytes: [UInt8]) -> [Token] {
        bytes.withUnsafeBufferPointer { buffer in
            var result: [Token] = []
            var index = 0
            while index < buffer.count {
                let token = token(at: index, in: buffer)
                result.append(token)
                index = Int(token.end)
            }
            return result
        }
    }

    /// The token that starts at `index`.
    public static func token(at index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Token {
        let p = buffer.baseAddress!
        let count = buffer.count
        let byte = p[index]
        var end = index + 1
        let kind: Token.Kind
        if ByteClass.isDigit(byte) {
            while end < count && ByteClass.isDigit(p[end]) { end += 1 }
            kind = .number
        } else if ByteClass.isSpace(byte) {
            while end < count && ByteClass.isSpace(p[end]) { end += 1 }
            kind = .space
        } else if byte == 0x0D {
            if end < count && p[end] == 0x0A { end += 1 }
            kind = .newline
        } else if byte == 0x0A {
            kind = .newline
        } else if isWordStart(p, index, count) {
            end = wordEnd(p, from: index, count)
            kind = .word
        } else {
            end = index + UTF8Decoding.decode(p, index, count).length
            kind = .punctuation
        }
        return Token(kind: kind, start: UInt32(index), end: UInt32(end))
    }

    /// The token that ends at `index` (which must be > 0), found by scanning back to its start.
    public static func token(before index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Token {
        let p = buffer.baseAddress!
        let last = UTF8Decoding.previousStart(p, index, lowerLimit: 0)
        let byte = p[last]
        var start = last
        if ByteClass.isDigit(byte) || isWordStart(p, last, buffer.count) {
            // Words may contain digits (QH15): walk back over letters and digits together.
            var sawDigit: Int32 = ByteClass.isDigit(byte) ? 1 : 0
            start = vietcite_word_start_before(p, start, buffer.count, &sawDigit)
            // Letters only: one word, as the forward tokenization reads it.
            if sawDigit == 0 { return Token(kind: .word, start: UInt32(start), end: UInt32(index)) }
            // Split again from the start so the result is exactly the forward tokenization.
            var position = start
            while true {
                let token = token(at: position, in: buffer)
                if Int(token.end) >= index { return Token(kind: token.kind, start: token.start, end: UInt32(index)) }
                position = Int(token.end)
            }
        }
        if ByteClass.isSpace(byte) {
            while start > 0 && ByteClass.isSpace(p[start - 1]) { start -= 1 }
            return Token(kind: .space, start: UInt32(start), end: UInt32(index))
        }
        if byte == 0x0A && start > 0 && p[start - 1] == 0x0D { start -= 1 }
        let kind: Token.Kind = ByteClass.isLineBreak(byte) ? .newline : .punctuation
        return Token(kind: kind, start: UInt32(start), end: UInt32(index))
    }

    @inline(__always)
    static func isWordStart(_ p: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> Bool {
        let byte = p[index]
        if byte < 0x80 { return ByteClass.isASCIILetter(byte) }
        return vietcite_is_word_start(p, index, count) != 0
    }

    /// The end of the word starting at `index`: letters, and digits glued after letters (`QH15`). The walk is
    /// `vietcite_word_end` (`WordWalk.c`), which reads ASCII through one table; ``referenceWordEnd(_:from:_:)`` keeps
    /// the rule in Swift, and the tests compare the two.
    @inline(__always)
    static func wordEnd(_ p: UnsafePointer<UInt8>, from index: Int, _ count: Int) -> Int {
        vietcite_word_end(p, index, count)
    }
}
