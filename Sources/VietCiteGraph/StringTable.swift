/// Interned strings: each distinct string stored once and named by a 32-bit index. The graph keeps its
/// occurrences' documents, texts and pinpoints this way while it is built, so a mention written the same way in
/// a thousand documents costs one string.
///
/// Strings are told apart by their bytes, not by Swift's canonical equivalence: the NFD and NFC spellings of a
/// mention are two strings here, as they are two texts in their files.
struct StringTable: Sendable {
    private var indices: [ExactString: UInt32] = [:]
    private(set) var strings: [String] = []

    /// The index of `string`, added when new.
    mutating func index(of string: String) -> UInt32 {
        if let index = indices[ExactString(string)] { return index }
        let index = UInt32(strings.count)
        strings.append(string)
        indices[ExactString(string)] = index
        return index
    }

    subscript(index: UInt32) -> String { strings[Int(index)] }

    /// Frees the look-up table once no string will be added: indices still name their strings.
    mutating func dropIndex() {
        indices = [:]
    }

    /// Adds another table's strings; returns, for each of its indices, the index here.
    mutating func absorb(_ other: StringTable) -> [UInt32] {
        other.strings.map { index(of: $0) }
    }
}
