/// The original bytes of one document, kept exactly as they were read.
///
/// Every offset VietCite reports (citation spans, normalization edits) is a byte offset into ``bytes``: a UTF-8
/// byte offset, or, in a document saved as UTF-16, an offset into its UTF-16 bytes. Invalid UTF-8, NUL bytes and
/// legacy-encoded text are kept as they are; only their decoded views replace ill-formed sequences with U+FFFD.
///
/// ```swift
/// let source = SourceText("Chỉ thị số 16/CT-TTg")
/// source.bytes.count          // 22
/// source.text(in: 0..<7)      // "Chỉ thị"
/// ```
public struct SourceText: Sendable, Hashable {
    /// The document's bytes, unmodified.
    public let bytes: [UInt8]

    /// Wraps bytes read from a file or a network; any bytes are accepted.
    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// Wraps a Swift string (its UTF-8 bytes).
    public init(_ string: String) { self.bytes = Array(string.utf8) }

    /// True when the document was saved as UTF-16 (a byte-order mark, or NULs in most ASCII characters): its offsets
    /// count UTF-16 bytes, two or four per character.
    public var isUTF16: Bool { bytes.withUnsafeBufferPointer { UTF16Text.byteOrder(of: $0) != nil } }

    /// Decodes `bytes[range]`, replacing each maximal ill-formed subsequence with U+FFFD; in a document saved as
    /// UTF-16 (a byte-order mark, or NULs in most ASCII characters), the range is read as UTF-16.
    ///
    /// - Complexity: O(*n*) in the length of `range`, plus telling the encoding: a look at the first two bytes and a
    ///   search for a NUL in the first 512, and, when one is there, a count of NULs over the first 64 KB. To read
    ///   many ranges of one text, ask ``reader`` once.
    public func text(in range: Range<Int>) -> String { reader.text(in: range) }

    /// Reads ranges of this text as ``text(in:)`` does, its encoding told once for all of them.
    @_spi(Stages) public var reader: Reader {
        Reader(bytes: bytes, order: bytes.withUnsafeBufferPointer { UTF16Text.byteOrder(of: $0) })
    }

    /// The text with its encoding told (``SourceText/reader``).
    @_spi(Stages) public struct Reader: Sendable {
        /// The original bytes.
        public let bytes: [UInt8]
        let order: UTF16Text.ByteOrder?

        /// True when the text was saved as UTF-16.
        public var isUTF16: Bool { order != nil }

        /// ``SourceText/text(in:)``, without telling the encoding again.
        public func text(in range: Range<Int>) -> String {
            let clamped = range.clamped(to: 0..<bytes.count)
            return bytes.withUnsafeBufferPointer { all in
                let part = UnsafeBufferPointer(rebasing: all[clamped])
                guard let order else { return String(decoding: part, as: UTF8.self) }
                return String(decoding: UTF16Text.utf8(of: part, order), as: UTF8.self)
            }
        }
    }

    /// The line (1-based) and UTF-8 column (1-based) of a byte offset. Lines end at LF, CR LF or a lone CR.
    ///
    /// - Complexity: O(*n*) (it scans the whole source); build a ``SourceText/LineTable`` to look up many offsets.
    public func location(ofByte offset: Int) -> SourceLocation {
        LineTable(self).location(ofByte: offset)
    }
}

/// A position in a ``SourceText``: byte offset plus 1-based line and UTF-8 column.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The UTF-8 byte offset in the original bytes.
    public let offset: Int
    /// The 1-based line number.
    public let line: Int
    /// The 1-based column, counted in UTF-8 bytes from the start of the line.
    public let column: Int

    /// `line:column`, as compilers and editors print a position (`12:7`).
    public var description: String { "\(line):\(column)" }
}

extension SourceText {
    /// The start offsets of every line of a source, for repeated offset → line:column lookups.
    public struct LineTable: Sendable {
        private let starts: [Int]

        /// Scans the source once for line breaks (LF, CR LF, lone CR).
        ///
        /// - Complexity: O(*n*).
        public init(_ source: SourceText) {
            var starts = [0]
            let bytes = source.bytes
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0A {
                    starts.append(index + 1)
                } else if byte == 0x0D {
                    if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                    starts.append(index + 1)
                }
                index += 1
            }
            self.starts = starts
        }

        /// The location of a byte offset (clamped to the source).
        ///
        /// - Complexity: O(log *lines*).
        public func location(ofByte offset: Int) -> SourceLocation {
            var low = 0
            var high = starts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if starts[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            return SourceLocation(offset: offset, line: low + 1, column: offset - starts[low] + 1)
        }
    }
}
