/// The text fields of one document's citations (text, issuer, name, relation trigger), their bytes one after the
/// other in one buffer every ``Citation`` of the document shares: one allocation per document instead of a `String`
/// per field, and writers copy the bytes without decoding them (`vietcite extract`).
///
/// Only the fields are kept, not the document: a citation held after its document is gone holds the field bytes of
/// that document's citations, a small part of the text.
@usableFromInline struct CitationFields: Sendable {
    @usableFromInline let storage: [UInt8]

    /// The field's bytes. Inlinable, with the storage it reads: a writer reading a citation in place (through a
    /// pointer, `vietcite extract`) then reads the field without a copy of the whole ``Citation``.
    @inlinable
    func bytes(_ slice: Range<Int>) -> ArraySlice<UInt8> { storage[slice] }

    /// The field decoded, ill-formed sequences as U+FFFD.
    func string(_ slice: Range<Int>) -> String { String(decoding: storage[slice], as: UTF8.self) }
}

extension CitationFields {
    /// Fills the buffer field by field; ``finish()`` hands it to the citations.
    struct Builder {
        private(set) var storage: [UInt8] = []

        init(capacity: Int) { storage.reserveCapacity(capacity) }

        /// Appends `bytes` as they are.
        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
            let start = storage.count
            storage.append(contentsOf: bytes)
            return start..<storage.count
        }

        /// Appends one byte.
        mutating func append(_ byte: UInt8) { storage.append(byte) }

        /// Appends `bytes` with whitespace collapsed: runs of spaces, tabs and line breaks become one space, none
        /// at either end.
        mutating func appendCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
            if Self.isCollapsed(bytes) { return append(bytes) }
            let start = storage.count
            var pendingSpace = false
            for byte in bytes {
                if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                    pendingSpace = storage.count > start
                    continue
                }
                if pendingSpace {
                    storage.append(0x20)
                    pendingSpace = false
                }
                storage.append(byte)
            }
            return start..<storage.count
        }

        /// The common case: single spaces between words, none at the ends, no line breaks or tabs.
        private static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var previousWasSpace = true
            for byte in bytes {
                let isSpace = byte == 0x20
                if byte == 0x0A || byte == 0x0D || byte == 0x09 || isSpace && previousWasSpace { return false }
                previousWasSpace = isSpace
            }
            return !previousWasSpace
        }

        func finish() -> CitationFields { CitationFields(storage: storage) }
    }
}
